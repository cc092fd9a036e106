import { NextIntlClientProvider, type Messages } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"
import { resolveLocale } from "@/i18n/resolve-locale"

type Props = { params: Promise<{ locale: string }>; namespaces: (keyof Messages)[]; children: ReactNode }

/** A section's client components get its own strings; the shop's layout sends only its own. */
export async function SectionMessages({ params, namespaces, children }: Props) {
  const locale = await resolveLocale(params)
  const all = await getMessages()
  const messages = Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]]))
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      {children}
    </NextIntlClientProvider>
  )
}
