import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { resolveLocale } from "@/i18n/resolve-locale"
import { getBackendConfig } from "@/lib/medusa"
import { Header } from "@/modules/layout/components/header"
import { Providers } from "../providers"
import "../globals.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "meta" })
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") }
}

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await resolveLocale(params)
  const [{ browserUrl, publishableKey }, messages, t] = await Promise.all([
    getBackendConfig(),
    getMessages(),
    getTranslations("header"),
  ])
  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="skip-link">
          {t("skipToContent")}
        </a>
        {/* Only the strings client components render are sent to the browser. */}
        <NextIntlClientProvider messages={{ stock: messages.stock, error: messages.error }}>
          <Providers backend={publishableKey ? { url: browserUrl, publishableKey } : null}>
            <Header locale={locale} />
            <main id="main" className="site-main">
              {children}
            </main>
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
