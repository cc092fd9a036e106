import { fenToYuanString } from "@fengshou/relief-core"

/**
 * What a live offer sells at once the shelf price moves. The shopper pays the live price the host announced, or the
 * shelf price if that became lower; Medusa's promotion carries the difference (shelf − live, never negative). A shelf
 * price below the live price is sold only down to the cooperative's floor for that size (variant metadata
 * `live_floor_fen`; 1 fen when unset, so nothing is ever given away unless the cooperative set a ¥0 floor): below it,
 * the offer is paused with a reason until the price comes back.
 */
export type RepricePlan = {
  /** The shelf price the promotion now comes off. */
  base_price_fen: number
  /** The promotion's amount off per unit. */
  discount_fen: number
  /** What one unit costs a cart built now. */
  pays_fen: number
  /** Null: selling; else why the offer is paused. */
  paused_reason: string | null
}

export const DEFAULT_LIVE_FLOOR_FEN = 1

export function planReprice(o: { live_price_fen: number; shelf_fen: number; floor_fen: number | null }): RepricePlan {
  const floor = o.floor_fen ?? DEFAULT_LIVE_FLOOR_FEN
  const pays = Math.min(o.live_price_fen, o.shelf_fen)
  const paused =
    o.shelf_fen < o.live_price_fen && o.shelf_fen < floor
      ? `The cooperative lowered the shelf price to ¥${fenToYuanString(o.shelf_fen)}, below its live floor ` +
        `¥${fenToYuanString(floor)}, so this live offer is paused until the price is set again.`
      : null
  return {
    base_price_fen: o.shelf_fen,
    discount_fen: Math.max(0, o.shelf_fen - o.live_price_fen),
    pays_fen: pays,
    paused_reason: paused,
  }
}

/** The floor a variant's metadata holds, or null when the cooperative set none. */
export function floorOf(metadata: Record<string, unknown> | null | undefined): number | null {
  const v = metadata?.live_floor_fen
  return typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : null
}
