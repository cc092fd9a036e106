"use client"

import { Link, usePathname } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"

/** The same page in the other language. */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname()
  return (
    <Link href={pathname} locale={locale} hrefLang={locale} lang={locale} className="language-switch">
      {label}
    </Link>
  )
}
