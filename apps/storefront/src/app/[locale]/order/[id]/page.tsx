import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { Suspense } from "react"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { shopperOrderAccess } from "@/lib/checkout/viewable-order"
import { retrieveShopperOrder } from "@/lib/data/order-status"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { getLastOrderId } from "@/lib/session"
import { toOrderStatusView } from "@/lib/view/order-status"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { OrderImpact } from "@/modules/impact/components/order-impact"
import { OrderStatusTemplate } from "@/modules/order/templates/order-status-template"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "afterSale" })
  return { title: t("metaTitle"), robots: { index: false } }
}

async function load(id: string) {
  const access = await shopperOrderAccess(id)
  return { access, order: access ? await retrieveShopperOrder(id, access) : null }
}

/** An order after the sale, for the guest holding its token or the customer who owns it. */
export default async function OrderStatusPage({ params }: Props) {
  const [locale, { id }] = await Promise.all([resolveLocale(params), params])
  const loaded = await unlessUnavailable(load(id))
  if (loaded === UNAVAILABLE) return <ShopUnavailable />
  if (!loaded.order) {
    // The guest who just placed it has no token yet: /open fetches one (a page cannot set cookies).
    if (!loaded.access?.orderToken && (await getLastOrderId()) === id)
      redirect({ href: `/order/${encodeURIComponent(id)}/open`, locale })
    if (!loaded.access) redirect({ href: "/order/lookup", locale })
    notFound()
  }
  const impact = (
    <Suspense fallback={null}>
      <OrderImpact orderId={loaded.order.id} />
    </Suspense>
  )
  return <OrderStatusTemplate order={toOrderStatusView(loaded.order, locale)} params={params} impact={impact} />
}
