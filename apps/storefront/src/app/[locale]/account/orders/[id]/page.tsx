import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { Suspense } from "react"
import { Link, redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { getCurrentCustomer } from "@/lib/data/current-customer"
import { retrieveShopperOrder } from "@/lib/data/order-status"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
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
  const current = await getCurrentCustomer()
  // The backend opens the order only to the customer who owns it.
  return { current, order: current ? await retrieveShopperOrder(id, { token: current.token }) : null }
}

export default async function AccountOrderPage({ params }: Props) {
  const [locale, { id }] = await Promise.all([resolveLocale(params), params])
  const loaded = await unlessUnavailable(load(id))
  if (loaded === UNAVAILABLE) return <ShopUnavailable />
  if (!loaded.current) redirect({ href: "/account", locale })
  if (!loaded.order) notFound()
  const t = await getTranslations("account")
  const back = (
    <p>
      <Link href="/account" className="back-link">
        ← {t("backToAccount")}
      </Link>
    </p>
  )
  const impact = (
    <Suspense fallback={null}>
      <OrderImpact orderId={loaded.order.id} />
    </Suspense>
  )
  const order = toOrderStatusView(loaded.order, locale)
  return <OrderStatusTemplate order={order} params={params} back={back} impact={impact} />
}
