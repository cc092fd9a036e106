import type { Metadata } from "next"
import { useLocale, useTranslations } from "next-intl"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { Suspense } from "react"
import { getPathname, Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { getViewableOrder } from "@/lib/checkout/viewable-order"
import { getCurrentCustomer } from "@/lib/data/current-customer"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import type { OrderView } from "@/lib/view/order"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { OrderImpact } from "@/modules/impact/components/order-impact"
import { OrderDetails } from "@/modules/order/components/order-details"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "order" })
  return { title: t("confirmedTitle"), robots: { index: false } }
}

export default async function OrderConfirmedPage({ params }: Props) {
  const [, { id }] = await Promise.all([resolveLocale(params), params])
  const data = await unlessUnavailable(Promise.all([getViewableOrder(id), getCurrentCustomer()]))
  if (data === UNAVAILABLE) return <ShopUnavailable />
  const [order, current] = data
  if (!order) notFound()
  // Medusa gives a guest's order a customer too (has_account false): the owner is whoever is signed in with it.
  return <Confirmed order={order} owned={current !== null && current.customer.id === order.customerId} />
}

function Confirmed({ order, owned }: { order: OrderView; owned: boolean }) {
  const t = useTranslations("order")
  const tAfterSale = useTranslations("afterSale")
  const locale = useLocale()
  return (
    <section aria-labelledby="confirmed-title" className="confirmed">
      <h1 id="confirmed-title">{t("confirmedTitle")}</h1>
      <p>{t("thanks")}</p>
      <Suspense fallback={null}>
        <OrderImpact orderId={order.id} />
      </Suspense>
      <OrderDetails order={order} />
      <p className="actions-row">
        {owned ? (
          // Its label says "my orders": the account page lists them, this one first.
          <Link href="/account" className="button button--secondary">
            {t("viewOrders")}
          </Link>
        ) : (
          // A guest's order opens on its after-sale page once /open has set its token cookie: a plain link, since
          // a route handler is no page for the client router (and a prefetch must not set cookies).
          <a href={getPathname({ href: `/order/${order.id}/open`, locale })} className="button button--secondary">
            {tAfterSale("viewOrder")}
          </a>
        )}
        <Link href="/products" className="button">
          {t("continueShopping")}
        </Link>
      </p>
    </section>
  )
}
