import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { Suspense } from "react"
import { Link, redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { getViewableOrder } from "@/lib/checkout/viewable-order"
import { getCurrentCustomer } from "@/lib/data/current-customer"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { OrderImpact } from "@/modules/impact/components/order-impact"
import { OrderDetails } from "@/modules/order/components/order-details"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "order" })
  return { title: t("orderNumber"), robots: { index: false } }
}

export default async function AccountOrderPage({ params }: Props) {
  const [locale, { id }] = await Promise.all([resolveLocale(params), params])
  const data = await unlessUnavailable(Promise.all([getCurrentCustomer(), getViewableOrder(id)]))
  if (data === UNAVAILABLE) return <ShopUnavailable />
  const [current, order] = data
  if (!current) redirect({ href: "/account", locale })
  if (!order || order.customerId !== current?.customer.id) notFound()
  const t = await getTranslations("account")
  return (
    <section aria-labelledby="order-title">
      <p>
        <Link href="/account" className="back-link">
          ← {t("backToAccount")}
        </Link>
      </p>
      <h1 id="order-title">{t("orderTitle", { number: order.displayId ?? order.id })}</h1>
      <OrderDetails order={order} />
      <Suspense fallback={null}>
        <OrderImpact orderId={order.id} />
      </Suspense>
    </section>
  )
}
