import { CARRIERS, type CarrierCode, type Shipment } from "@fengshou/store-contract"

export type FulfillmentRow = {
  id: string
  shipped_at: string | Date | null
  delivered_at: string | Date | null
  canceled_at: string | Date | null
  metadata: Record<string, unknown> | null
  labels?: { tracking_number: string | null }[] | null
  items?: { line_item_id: string | null; quantity: number | string }[] | null
}

const iso = (d: string | Date | null) => (d === null ? null : new Date(d).toISOString())
const isCarrierCode = (value: unknown): value is CarrierCode =>
  typeof value === "string" && Object.hasOwn(CARRIERS, value)

/**
 * The parcels of an order that carry the given lines (a cooperative's own), canceled ones left out. The carrier is
 * stored as a CARRIERS code; one typed before the fixed list existed comes back as carrier_text.
 */
export function ownShipments(fulfillments: FulfillmentRow[], ownLineIds: Set<string>): Shipment[] {
  return fulfillments
    .filter((f) => !f.canceled_at && (f.items ?? []).some((i) => i.line_item_id && ownLineIds.has(i.line_item_id)))
    .map((f) => {
      const quantities = new Map<string, number>()
      for (const i of f.items ?? [])
        if (i.line_item_id && ownLineIds.has(i.line_item_id))
          quantities.set(i.line_item_id, (quantities.get(i.line_item_id) ?? 0) + Number(i.quantity))
      const carrier = f.metadata?.carrier
      return {
        id: f.id,
        carrier: isCarrierCode(carrier) ? carrier : null,
        carrier_text: typeof carrier === "string" && !isCarrierCode(carrier) ? carrier : null,
        tracking_number: f.labels?.find((l) => l.tracking_number)?.tracking_number ?? null,
        shipped_at: iso(f.shipped_at),
        delivered_at: iso(f.delivered_at),
        items: [...quantities].map(([line_item_id, quantity]) => ({ line_item_id, quantity })),
      }
    })
    .sort((a, b) => (a.shipped_at ?? "").localeCompare(b.shipped_at ?? ""))
}

type OwnLine = { quantity: number; shipped_quantity: number; delivered_quantity: number }

/** How far the cooperative's own lines of an order have gone: not_fulfilled → partially_shipped → shipped → delivered. */
export function ownFulfillmentStatus(orderStatus: string, lines: OwnLine[]): string {
  if (orderStatus === "canceled") return "canceled"
  if (lines.every((l) => l.delivered_quantity >= l.quantity)) return "delivered"
  if (lines.every((l) => l.shipped_quantity >= l.quantity)) return "shipped"
  if (lines.some((l) => l.shipped_quantity > 0)) return "partially_shipped"
  return "not_fulfilled"
}
