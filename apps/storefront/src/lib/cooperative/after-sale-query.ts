// The after-sale pages keep their state in the URL: the orders' tab and search (`?status=&q=&offset=`) and the
// returns' tab (`?status=&offset=`), so a tab can be linked and reloaded. Anything unknown falls back to the default.
import { COOPERATIVE_ORDER_FILTERS } from "@fengshou/store-contract"

export type OrderFilter = (typeof COOPERATIVE_ORDER_FILTERS)[number]
/** The returns inbox's tabs, in order: waiting for the goods, waiting for the refund, refunded, everything. */
export const RETURN_FILTERS = ["requested", "received", "refunded", "all"] as const
export type ReturnFilter = (typeof RETURN_FILTERS)[number]

/** How many orders or returns one page shows. */
export const AFTER_SALE_PAGE_SIZE = 20

type Params = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ""
const offsetOf = (params: Params) => {
  const text = first(params.offset)
  return /^\d{1,6}$/.test(text) ? Number(text) : 0
}
const oneOf = <T extends string>(values: readonly T[], text: string, fallback: T): T =>
  (values as readonly string[]).includes(text) ? (text as T) : fallback

export type OrdersQuery = { status: OrderFilter; q: string; offset: number }

export function parseOrdersQuery(params: Params): OrdersQuery {
  return {
    status: oneOf(COOPERATIVE_ORDER_FILTERS, first(params.status), "to_ship"),
    q: first(params.q).trim().slice(0, 100),
    offset: offsetOf(params),
  }
}

export type ReturnsQuery = { status: ReturnFilter; offset: number }

export function parseReturnsQuery(params: Params): ReturnsQuery {
  return { status: oneOf(RETURN_FILTERS, first(params.status), "requested"), offset: offsetOf(params) }
}

/** The link to a tab or page: its query string without an empty search or a zero offset. */
export function afterSaleHref(path: string, query: Partial<OrdersQuery> | Partial<ReturnsQuery>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, String(value))
  const text = search.toString()
  return text ? `${path}?${text}` : path
}
