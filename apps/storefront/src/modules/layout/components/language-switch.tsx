"use client"

import { useSearchParams } from "next/navigation"
import { Link, usePathname } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"

/** The same page, filters included, in the other language. */
export function LanguageSwitch({ locale, label, ariaLabel }: { locale: Locale; label: string; ariaLabel: string }) {
  const pathname = usePathname()
  const search = useSearchParams().toString()
  return (
    <Link
      href={search ? `${pathname}?${search}` : pathname}
      locale={locale}
      hrefLang={locale}
      lang={locale}
      aria-label={`${ariaLabel}: ${label}`}
      className="site-nav__link language-switch"
    >
      {label}
    </Link>
  )
}
