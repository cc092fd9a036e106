import { fenToYuanString } from "@fengshou/relief-core"
import { DEFAULT_LIVE_FLOOR_FEN, floorOf } from "./reprice"

/**
 * The cooperative's consent to a host's live offer (#12): per size it sets a live floor (variant metadata
 * `live_floor_fen`) and a largest cap (`live_cap_max`, units per session). An offer inside both needs no one's
 * approval; outside either it waits for the cooperative (pending), which approves or declines with a reason. Only
 * an offer with no consent needed, or approved, can start or sell.
 */
export const CONSENT_STATUSES = ["not_needed", "pending", "approved", "declined"] as const
export type ConsentStatus = (typeof CONSENT_STATUSES)[number]

/** The variant metadata's largest cap, or null when the cooperative set none (any cap then). */
export function capMaxOf(metadata: Record<string, unknown> | null | undefined): number | null {
  const v = metadata?.live_cap_max
  return typeof v === "number" && Number.isInteger(v) && v >= 1 ? v : null
}

/** Why this offer needs the cooperative's approval, in the words the cooperative and the host read; null: it does not. */
export function consentNeeded(
  offer: { live_price_fen: number; stock_cap: number },
  metadata: Record<string, unknown> | null | undefined,
): string | null {
  const floor = floorOf(metadata) ?? DEFAULT_LIVE_FLOOR_FEN
  const capMax = capMaxOf(metadata)
  const reasons = [
    offer.live_price_fen < floor
      ? `live price ¥${fenToYuanString(offer.live_price_fen)} is below the cooperative's floor ¥${fenToYuanString(floor)}`
      : null,
    capMax !== null && offer.stock_cap > capMax
      ? `cap ${offer.stock_cap} is above the cooperative's largest live cap ${capMax}`
      : null,
  ].filter((r): r is string => r !== null)
  return reasons.length ? reasons.join("; ") : null
}

/** The limits an offer is outside of, for screens that say it in their own language; null where it is inside. */
export function limitsBroken(
  offer: { live_price_fen: number; stock_cap: number },
  metadata: Record<string, unknown> | null | undefined,
): { consent_floor_fen: number | null; consent_cap_max: number | null } {
  const floor = floorOf(metadata) ?? DEFAULT_LIVE_FLOOR_FEN
  const capMax = capMaxOf(metadata)
  return {
    consent_floor_fen: offer.live_price_fen < floor ? floor : null,
    consent_cap_max: capMax !== null && offer.stock_cap > capMax ? capMax : null,
  }
}

/**
 * The consent after a host sets or changes an offer: inside the limits needs none; outside them needs approval again,
 * unless the cooperative already approved exactly these figures.
 */
export function nextConsent(
  need: string | null,
  current: { status: ConsentStatus; approved_price_fen: number | null; approved_cap: number | null } | null,
  offer: { live_price_fen: number; stock_cap: number },
): ConsentStatus {
  if (!need) return "not_needed"
  const same =
    current?.status === "approved" &&
    current.approved_price_fen === offer.live_price_fen &&
    current.approved_cap === offer.stock_cap
  return same ? "approved" : "pending"
}

/** An offer sells (its promotion is active) only when consented to and not paused by a shelf price under the floor. */
export const offerSells = (o: { consent_status: string | null; paused_reason: string | null }) =>
  !o.paused_reason &&
  (o.consent_status === null || o.consent_status === "not_needed" || o.consent_status === "approved")
