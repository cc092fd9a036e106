import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { loadCheckout } from "@/lib/checkout/load-checkout"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"
import { LiveCartBanner } from "@/modules/live/components/live-cart-banner"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "checkout" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CheckoutPage({ params }: Props) {
  await resolveLocale(params)
  const checkout = await unlessUnavailable(loadCheckout())
  if (checkout === UNAVAILABLE) return <ShopUnavailable />
  if (!checkout) {
    const t = await getTranslations("checkout")
    return (
      <section className="notice" aria-labelledby="checkout-empty">
        <h1 id="checkout-empty">{t("title")}</h1>
        <p>{t("emptyCart")}</p>
        <Link href="/products" className="button">
          {(await getTranslations("cart"))("continueShopping")}
        </Link>
      </section>
    )
  }
  return <CheckoutTemplate {...checkout} banner={<LiveCartBanner />} />
}
