import type { Shipment } from "@fengshou/store-contract"

type Listed = {
  display_id: number
  status: string
  shipping_address: Record<string, string | null> | null
  items: { quantity: number; shipped_quantity: number }[]
  shipments: Shipment[]
}

const digits = (s: string) => s.replace(/\D/g, "")
// Phone and tracking numbers match on a fragment of at least this many characters, so a short order number such as
// "#2" does not also match every parcel whose tracking number holds a 2.
const MIN_FRAGMENT = 4

/** to_ship: not canceled and some own unit not yet shipped; shipped: every own unit shipped (or delivered). */
function inFilter(order: Listed, status: "to_ship" | "shipped" | "all"): boolean {
  if (status === "all") return true
  const allShipped = order.items.every((i) => i.shipped_quantity >= i.quantity)
  return status === "shipped" ? allShipped : order.status !== "canceled" && !allShipped
}

/** q matches the order number, the recipient's name (either part or 姓+名 together), the phone or a tracking number. */
function matches(order: Listed, q: string): boolean {
  const needle = q.trim().toLowerCase().replace(/^#/, "")
  if (!needle) return true
  if (String(order.display_id) === needle) return true
  const a = order.shipping_address ?? {}
  const names = [
    a.first_name,
    a.last_name,
    `${a.last_name ?? ""}${a.first_name ?? ""}`,
    `${a.first_name ?? ""} ${a.last_name ?? ""}`,
  ]
  if (names.some((n) => n && n.toLowerCase().includes(needle))) return true
  if (needle.length < MIN_FRAGMENT) return false
  if (digits(needle) === needle && a.phone && digits(a.phone).includes(needle)) return true
  return order.shipments.some((s) => s.tracking_number?.toLowerCase().includes(needle))
}

/** The orders of one list view of the cooperative console, in the order given. */
export function filterOwnOrders<T extends Listed>(orders: T[], status: "to_ship" | "shipped" | "all", q?: string): T[] {
  return orders.filter((o) => inFilter(o, status) && (q === undefined || matches(o, q)))
}
