import { resolveLocale } from "@/i18n/resolve-locale"
import { listOrders } from "@/lib/data/portal-orders"
import { OrdersTemplate } from "@/modules/portal/templates/orders-template"
import { renderPortal } from "@/modules/portal/templates/portal-page"

type Props = { params: Promise<{ locale: string }> }

export default async function CooperativeOrdersPage({ params }: Props) {
  await resolveLocale(params)
  return renderPortal("orders", listOrders, (orders) => <OrdersTemplate orders={orders} />)
}
