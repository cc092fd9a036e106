import type { BenefitMechanism, Channel, Contribution } from "@fengshou/relief-core"

/** One order line as the ledger needs it; lines of products without a cooperative are not relief goods. */
export interface LineFacts {
  readonly line_item_id: string
  readonly product_id: string | null
  readonly variant_id: string | null
  readonly cooperative_id: string
  readonly division_code: string
  readonly category: string | null
  /** The line's merchandise total after discounts, tax included, without shipping. */
  readonly net_fen: number
  /** Units ordered; a return's share of the line is net_fen × returned units / quantity. */
  readonly quantity: number
  readonly quantity_g: number
  readonly mechanism: BenefitMechanism
  readonly contributions: readonly Contribution[]
}

/** A merchandise line with no cooperative behind it: not relief, but refunds of the order are shared with it. */
export interface OtherLineFacts {
  readonly line_item_id: string
  readonly net_fen: number
  readonly quantity: number
}

/** The goods a return brings back: received units once received, the requested ones before. */
export interface ReturnFacts {
  readonly id: string
  readonly items: readonly { readonly line_item_id: string; readonly quantity: number }[]
}

export interface RefundFacts {
  readonly id: string
  readonly amount_fen: number
  readonly created_at: Date
  /** The return this refund was made for (refund metadata `fengshou_return_id`), when there is one. */
  readonly return: ReturnFacts | null
}

/** Everything about an order that decides its ledger entries, read from Medusa and the cooperative module. */
export interface OrderFacts {
  readonly order_id: string
  readonly placed_at: Date
  /** Set when the order is canceled. */
  readonly canceled_at: Date | null
  readonly channel: Channel
  readonly live_session_id: string | null
  readonly host_id: string | null
  /** The relief lines: products with a cooperative. */
  readonly lines: readonly LineFacts[]
  /** Every other merchandise line of the order. */
  readonly other_lines: readonly OtherLineFacts[]
  readonly refunds: readonly RefundFacts[]
}

/** The customer group whose orders count as institutional purchases (机关、学校、企业食堂的定向采购). */
export const INSTITUTION_GROUP = "institution"

/** Live-session attribution comes from order metadata; institution customers from their group; the rest is online. */
export function orderChannel(
  metadata: Record<string, unknown> | null | undefined,
  groupNames: readonly string[],
): Channel {
  if (typeof metadata?.live_session_id === "string" && metadata.live_session_id) return "livestream"
  if (groupNames.includes(INSTITUTION_GROUP)) return "institutional"
  return "online"
}
