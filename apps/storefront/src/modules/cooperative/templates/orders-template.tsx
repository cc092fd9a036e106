import { getTranslations } from "next-intl/server"
import { COOPERATIVE_ORDER_FILTERS } from "@fengshou/store-contract"
import { afterSaleHref, type OrdersQuery } from "@/lib/cooperative/after-sale-query"
import type { CooperativeOrder, CooperativeOrderPage } from "@/lib/data/cooperative-orders"
import styles from "../after-sale.module.css"
import { AfterSalePager, AfterSaleTabs } from "../components/after-sale-tabs"
import { OrderCard } from "../components/order-card"
import { OrderSearch } from "../components/order-search"

const PATH = "/portal/cooperative/orders"

type Props = { page: CooperativeOrderPage; query: OrdersQuery; done: CooperativeOrder | null }

/**
 * Orders with the cooperative's items by tab (to ship, shipped, all) and search: pack, ship, deliver, cancel. The
 * order just handled stays first, in its new state, even when it has left the tab.
 */
export async function OrdersTemplate({ page, query, done }: Props) {
  const t = await getTranslations("cooperativeAfterSale")
  const { orders, count, limit, offset } = page
  const pinned = done && !orders.some((o) => o.id === done.id) ? done : null
  const href = (o: number) => afterSaleHref(PATH, { status: query.status, q: query.q, offset: o })
  return (
    <section aria-labelledby="orders-title">
      <h1 id="orders-title">{t("orders.title")}</h1>
      <AfterSaleTabs
        label={t("orders.tabsLabel")}
        current={query.status}
        tabs={COOPERATIVE_ORDER_FILTERS.map((id) => ({
          id,
          href: afterSaleHref(PATH, { status: id, q: query.q }),
          label: t(`orders.tabs.${id}`),
        }))}
      />
      <OrderSearch path={PATH} query={query} />
      {orders.length === 0 ? (
        <p className="muted">{query.q ? t("orders.noMatch", { q: query.q }) : t(`orders.empty.${query.status}`)}</p>
      ) : (
        <p className={`muted ${styles.summary}`}>{t("orders.count", { count })}</p>
      )}
      <ul className="plain-list portal-list">
        {pinned && <OrderCard order={pinned} justHandled />}
        {orders.map((order) => (
          <OrderCard key={order.id} order={order} justHandled={order.id === query.done} />
        ))}
      </ul>
      <AfterSalePager
        labels={{ label: t("pages"), newer: t("newer"), older: t("older") }}
        newer={offset > 0 ? href(Math.max(0, offset - limit)) : null}
        older={offset + limit < count ? href(offset + limit) : null}
      />
    </section>
  )
}
