import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Suspense } from "react"
import { resolveLocale } from "@/i18n/resolve-locale"
import { getCurrentCustomer } from "@/lib/data/current-customer"
import { listCustomerOrders } from "@/lib/data/orders"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { toOrderView } from "@/lib/view/order"
import { AccountTemplate, SignedOutTemplate } from "@/modules/account/templates/account-template"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { MyImpact } from "@/modules/impact/components/my-impact"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "account" })
  return { title: t("title"), robots: { index: false } }
}

async function loadAccount() {
  const current = await getCurrentCustomer()
  if (!current) return null
  const orders = await listCustomerOrders(current.token)
  const { customer } = current
  return {
    token: current.token,
    name: [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email,
    orders: orders.map(toOrderView),
  }
}

export default async function AccountPage({ params }: Props) {
  await resolveLocale(params)
  const account = await unlessUnavailable(loadAccount())
  if (account === UNAVAILABLE) return <ShopUnavailable />
  if (!account) return <SignedOutTemplate />
  const impact = (
    <Suspense fallback={null}>
      <MyImpact token={account.token} />
    </Suspense>
  )
  return <AccountTemplate name={account.name} orders={account.orders} impact={impact} />
}
