import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"
import { resolveLocale } from "@/i18n/resolve-locale"
import "../../styles/live.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** The shelf's client components get the `live` strings; the shop's layout sends only its own. */
export default async function LiveLayout({ children, params }: Props) {
  const locale = await resolveLocale(params)
  const { live, cart } = await getMessages()
  return (
    <NextIntlClientProvider locale={locale} messages={{ live, cart }}>
      {children}
    </NextIntlClientProvider>
  )
}
