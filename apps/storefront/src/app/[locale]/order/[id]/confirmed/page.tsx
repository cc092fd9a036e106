import type { Metadata } from "next"
import { useTranslations } from "next-intl"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { Suspense } from "react"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { getViewableOrder } from "@/lib/checkout/viewable-order"
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
  const order = await unlessUnavailable(getViewableOrder(id))
  if (order === UNAVAILABLE) return <ShopUnavailable />
  if (!order) notFound()
  return <Confirmed order={order} />
}

function Confirmed({ order }: { order: OrderView }) {
  const t = useTranslations("order")
  return (
    <section aria-labelledby="confirmed-title" className="confirmed">
      <h1 id="confirmed-title">{t("confirmedTitle")}</h1>
      <p>{t("thanks")}</p>
      <Suspense fallback={null}>
        <OrderImpact orderId={order.id} />
      </Suspense>
      <OrderDetails order={order} />
      <p className="actions-row">
        <Link href="/account" className="button button--secondary">
          {t("viewOrders")}
        </Link>
        <Link href="/products" className="button">
          {t("continueShopping")}
        </Link>
      </p>
    </section>
  )
}
