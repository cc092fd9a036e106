import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { resolveLocale } from "@/i18n/resolve-locale"
import "../../../styles/portal.css"
import "../../../styles/official.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "official" })
  return { title: t("title"), robots: { index: false, follow: false } }
}

/** The dashboard's client components get the `official` strings, and `portal` for the shared form errors. */
export default async function OfficialLayout({ children, params }: Props) {
  const locale = await resolveLocale(params)
  const { portal, official } = await getMessages()
  return (
    <NextIntlClientProvider locale={locale} messages={{ portal, official }}>
      {children}
    </NextIntlClientProvider>
  )
}
