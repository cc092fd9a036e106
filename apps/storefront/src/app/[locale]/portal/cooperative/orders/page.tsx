import { resolveLocale } from "@/i18n/resolve-locale"
import { parseOrdersQuery } from "@/lib/cooperative/after-sale-query"
import { findOrder, listOrders } from "@/lib/data/cooperative-orders"
import { OrdersTemplate } from "@/modules/cooperative/templates/orders-template"
import { renderCooperative } from "@/modules/cooperative/templates/cooperative-page"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function CooperativeOrdersPage({ params, searchParams }: Props) {
  const [, search] = await Promise.all([resolveLocale(params), searchParams])
  const query = parseOrdersQuery(search)
  return renderCooperative(
    "orders",
    (token) => Promise.all([listOrders(token, query), query.done ? findOrder(token, query.done) : null]),
    ([page, done]) => <OrdersTemplate page={page} query={query} done={done} />,
  )
}
