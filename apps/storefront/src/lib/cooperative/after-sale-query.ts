// The after-sale pages keep their state in the URL: the orders' tab and search (`?status=&q=&offset=`) and the
// returns' tab (`?status=&offset=`), so a tab can be linked and reloaded. Anything unknown falls back to the default.
// `done` names the order or return the clerk just handled: the page keeps showing it, in its new state, even when
// that moved it out of the tab (a shipped order out of "to ship", a refunded return out of "to refund").
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
const doneOf = (params: Params) => {
  const text = first(params.done)
  return /^[\w-]{1,64}$/.test(text) ? text : null
}
const oneOf = <T extends string>(values: readonly T[], text: string, fallback: T): T =>
  (values as readonly string[]).includes(text) ? (text as T) : fallback

export type OrdersQuery = { status: OrderFilter; q: string; offset: number; done: string | null }

export function parseOrdersQuery(params: Params): OrdersQuery {
  return {
    status: oneOf(COOPERATIVE_ORDER_FILTERS, first(params.status), "to_ship"),
    q: first(params.q).trim().slice(0, 64),
    offset: offsetOf(params),
    done: doneOf(params),
  }
}

export type ReturnsQuery = { status: ReturnFilter; offset: number; done: string | null }

export function parseReturnsQuery(params: Params): ReturnsQuery {
  return {
    status: oneOf(RETURN_FILTERS, first(params.status), "requested"),
    offset: offsetOf(params),
    done: doneOf(params),
  }
}

/** The link to a tab or page: its query string without an empty search, a zero offset or nothing just handled. */
export function afterSaleHref(path: string, query: Partial<OrdersQuery> | Partial<ReturnsQuery>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, String(value))
  const text = search.toString()
  return text ? `${path}?${text}` : path
}
