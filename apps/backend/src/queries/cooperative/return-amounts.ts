import type { CooperativeReturn } from "@fengshou/store-contract"

type ReturnStatus = CooperativeReturn["status"]
type Line = { quantity: number; total_fen: number }
type ReturnedItem = { line: Line; quantity: number; received_quantity: number }

/**
 * The return's status for the cooperative: Medusa's own, or "refunded" once a refund names it (as the shopper sees
 * it). Medusa's "open" (a draft never requested) is not a return yet: null.
 */
export function cooperativeReturnStatus(medusaStatus: string, refundedFen: number): ReturnStatus | null {
  if (medusaStatus === "canceled") return "canceled"
  if (medusaStatus !== "requested" && medusaStatus !== "received" && medusaStatus !== "partially_received") return null
  return refundedFen > 0 ? "refunded" : medusaStatus
}

/**
 * The most still refundable for a return, in fen: per line, what was paid for it (after discounts) times the units
 * returned over the units bought, rounded down, summed; received units once anything was received; minus what refunds
 * naming this return already gave back. Never below 0.
 */
export function refundableFen(items: ReturnedItem[], received: boolean, refundedFen: number): number {
  const share = items.reduce((sum, i) => {
    const units = received ? i.received_quantity : i.quantity
    if (i.line.quantity <= 0) return sum
    return sum + Math.floor((i.line.total_fen * units) / i.line.quantity)
  }, 0)
  return Math.max(0, share - refundedFen)
}
