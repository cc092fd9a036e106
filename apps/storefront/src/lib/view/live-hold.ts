// Live holds (库存预扣) as the cart shows them: which line a hold covers, how long it has left by the server's clock,
// and what the countdown says aloud. Pure, so the countdown component only ticks and renders.
import type { LiveHold } from "@fengshou/live-contract"

/** One cart line's hold: the units held for its variant, ending with the soonest of its holds. */
export type LineHold = { variantId: string; quantity: number; expiresAtMs: number }

/** Holds by variant. A variant held twice (the link opened again) ends with the sooner hold, when its units go back. */
export function holdsByVariant(holds: readonly LiveHold[]): Map<string, LineHold> {
  const byVariant = new Map<string, LineHold>()
  for (const hold of holds) {
    const expiresAtMs = Date.parse(hold.expires_at)
    if (Number.isNaN(expiresAtMs)) continue
    const seen = byVariant.get(hold.variant_id)
    byVariant.set(hold.variant_id, {
      variantId: hold.variant_id,
      quantity: (seen?.quantity ?? 0) + hold.quantity,
      expiresAtMs: seen ? Math.min(seen.expiresAtMs, expiresAtMs) : expiresAtMs,
    })
  }
  return byVariant
}

/**
 * How far the server's clock is ahead of this device's (negative: behind), from the server's `now` and when the
 * request left and its answer came back: the server read its clock about halfway through the round trip.
 */
export function clockOffsetMs(serverNow: string, sentAtMs: number, receivedAtMs: number): number {
  const server = Date.parse(serverNow)
  if (Number.isNaN(server)) return 0
  return Math.round(server - (sentAtMs + receivedAtMs) / 2)
}

/** Milliseconds a hold has left at this device's `deviceNowMs`, read on the server's clock; never below 0. */
export function remainingMs(expiresAtMs: number, deviceNowMs: number, offsetMs: number): number {
  return Math.max(0, expiresAtMs - (deviceNowMs + offsetMs))
}

/**
 * "9:42", "0:05", "1:02:03" past an hour. Rounded up to the whole second, so the countdown shows 0:00 only when the
 * hold has ended, and a fresh 10-minute hold opens at 10:00.
 */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = String(total % 60).padStart(2, "0")
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`
}

/**
 * What the countdown's live region says: nothing while more than five minutes are left (the shopper was told when
 * the hold ends), then once at five minutes, once at one minute, and when it has ended. Announcing every second would
 * drown out everything else a screen reader says.
 */
export type HoldAnnouncement = "none" | "fiveMinutes" | "oneMinute" | "ended"

export function holdAnnouncement(ms: number): HoldAnnouncement {
  if (ms <= 0) return "ended"
  if (ms <= 60_000) return "oneMinute"
  if (ms <= 5 * 60_000) return "fiveMinutes"
  return "none"
}

/**
 * What a line shows, given the hold the server reports now and the last one this page saw for it: a running hold's
 * end; "ended" when the hold it was counting down is past its end, or when the server (read afresh for these lines)
 * holds nothing for a line still at its live price: holds are converted only with the order, so that line's hold ran
 * out, perhaps before this page was opened. Else nothing (a line at the shelf price, or holds not read yet).
 */
export type HoldDisplay = { kind: "running"; expiresAtMs: number } | { kind: "ended" } | null

export function holdDisplay(
  current: LineHold | undefined,
  last: LineHold | null,
  serverNowMs: number,
  unheldLivePrice: boolean,
): HoldDisplay {
  if (current)
    return current.expiresAtMs > serverNowMs ? { kind: "running", expiresAtMs: current.expiresAtMs } : { kind: "ended" }
  if (last && last.expiresAtMs <= serverNowMs) return { kind: "ended" }
  return unheldLivePrice ? { kind: "ended" } : null
}

/** Seconds until the last of these holds ends, by the server's clock `serverNow`; 0 when none runs. */
export function holdSecondsLeft(holds: readonly LiveHold[], serverNow: string): number {
  const now = Date.parse(serverNow)
  if (Number.isNaN(now)) return 0
  const ends = holds.map((h) => Date.parse(h.expires_at)).filter((end) => !Number.isNaN(end))
  return Math.max(0, ...ends.map((end) => Math.ceil((end - now) / 1000)))
}
