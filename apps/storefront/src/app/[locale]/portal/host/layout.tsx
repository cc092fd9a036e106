import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { resolveLocale } from "@/i18n/resolve-locale"
import "../../../styles/portal.css"
import "../../../styles/live.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "host" })
  return { title: t("title"), robots: { index: false, follow: false } }
}

/** The console's client components get the `host` strings, and `live` for platform and status names. */
export default async function HostLayout({ children, params }: Props) {
  const locale = await resolveLocale(params)
  const { host, live } = await getMessages()
  return (
    <NextIntlClientProvider locale={locale} messages={{ host, live }}>
      {children}
    </NextIntlClientProvider>
  )
}
