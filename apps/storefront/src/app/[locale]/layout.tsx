import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { resolveLocale } from "@/i18n/resolve-locale"
import { SHOP_NAMESPACES } from "@/lib/client-messages"
import { getInitialCartView } from "@/lib/data/current-cart"
import { getBackendConfig } from "@/lib/medusa"
import { CartDrawer } from "@/modules/cart/components/cart-drawer"
import { Header } from "@/modules/layout/components/header"
import { SiteFooter } from "@/modules/layout/components/site-footer"
import { Providers } from "../providers"
import "../globals.css"
import "../styles/shared.css"
import "../styles/header.css"
import "../styles/catalog.css"
import "../styles/cart.css"
import "../styles/checkout.css"
import "../styles/account.css"
import "../styles/provenance.css"
import "../styles/trace.css"
import "../styles/home.css"
import "../styles/impact.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "meta" })
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") }
}

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await resolveLocale(params)
  const [{ browserUrl, publishableKey }, messages, t, initialCart] = await Promise.all([
    getBackendConfig(),
    getMessages(),
    getTranslations("header"),
    getInitialCartView(),
  ])
  // Only the strings client components render are sent to the browser; checkout and the account add theirs.
  const shopMessages = Object.fromEntries(SHOP_NAMESPACES.map((namespace) => [namespace, messages[namespace]]))
  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="skip-link">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={shopMessages}>
          <Providers backend={publishableKey ? { url: browserUrl, publishableKey } : null} initialCart={initialCart}>
            <Header locale={locale} />
            <main id="main" className="site-main">
              {children}
            </main>
            <SiteFooter />
            <CartDrawer />
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
