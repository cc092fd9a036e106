import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { CartTemplate } from "@/modules/cart/templates/cart-template"
import { QueryProvider } from "@/modules/common/components/query-provider"
import { LiveCartBanner } from "@/modules/live/components/live-cart-banner"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "cart" })
  return { title: t("title"), robots: { index: false } }
}

// The cart itself comes from the tab's cart store, seeded by the layout's server render; the live banner reads its
// session with react-query.
export default async function CartPage({ params }: Props) {
  await resolveLocale(params)
  return (
    <CartTemplate
      banner={
        <QueryProvider>
          <LiveCartBanner />
        </QueryProvider>
      }
    />
  )
}
