import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { resolveLocale } from "@/i18n/resolve-locale"
import "../../../styles/portal.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "portal" })
  return { title: t("title"), robots: { index: false, follow: false } }
}

/** The portal's client components get the `portal` strings; the shop's layout sends only its own. */
export default async function PortalLayout({ children, params }: Props) {
  const locale = await resolveLocale(params)
  const { portal } = await getMessages()
  return (
    <NextIntlClientProvider locale={locale} messages={{ portal }}>
      {children}
    </NextIntlClientProvider>
  )
}
