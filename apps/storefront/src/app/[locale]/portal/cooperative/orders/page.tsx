import { resolveLocale } from "@/i18n/resolve-locale"
import { listOrders } from "@/lib/data/cooperative-orders"
import { OrdersTemplate } from "@/modules/cooperative/templates/orders-template"
import { renderCooperative } from "@/modules/cooperative/templates/cooperative-page"

type Props = { params: Promise<{ locale: string }> }

export default async function CooperativeOrdersPage({ params }: Props) {
  await resolveLocale(params)
  return renderCooperative("orders", listOrders, (orders) => <OrdersTemplate orders={orders} />)
}
