// Livestream wire types → what the shelf, the cart banner and the host console render: money stays integer fen,
// a session's platform handle is picked out, and the live panel's events are parsed with the contract.
import {
  SessionStatsSchema,
  type LiveHold,
  type LivePlatform,
  type LiveUnavailable,
  type PublicCartLink,
  type PublicSession,
  type SessionStats,
} from "@fengshou/live-contract"
import type { LinkLookup } from "@/lib/data/live"

export type LiveProductView = {
  id: string
  handle: string
  title: string
  variantTitle: string
  thumbnail: string | null
  /** What a unit costs the shopper (payableFen): the live price, or the shelf price when that fell below it. */
  liveFen: number
  baseFen: number
  remaining: number
  limit: number
  soldOut: boolean
  /** Units a shopper may pick at once: what is left, within their limit. */
  maxQuantity: number
}

export type LiveShelfView = {
  id: string
  title: string
  status: PublicSession["status"]
  platform: LivePlatform
  hostName: string
  /** The host's account on the session's platform, e.g. "beima_shuji"; null when they gave none. */
  handle: string | null
  startsAt: string
  endedAt: string | null
  products: LiveProductView[]
}

/**
 * What one unit of a live offer costs the shopper: the live price, or the shelf price when the cooperative lowered it
 * below (the backend's promotion then takes nothing off; ARCHITECTURE.md, "The live price follows the shelf").
 */
export const payableFen = (offer: { live_price_fen: number; base_price_fen: number }) =>
  Math.min(offer.live_price_fen, offer.base_price_fen)

export function toLiveShelfView(session: PublicSession): LiveShelfView {
  return {
    id: session.id,
    title: session.title,
    status: session.status,
    platform: session.platform,
    hostName: session.host.name,
    handle: session.host.handles[session.platform] ?? null,
    startsAt: session.started_at ?? session.scheduled_start_at,
    endedAt: session.ended_at,
    products: session.products.map((p) => ({
      id: p.id,
      handle: p.product_handle,
      title: p.product_title,
      variantTitle: p.variant_title,
      thumbnail: p.thumbnail,
      liveFen: payableFen(p),
      baseFen: p.base_price_fen,
      remaining: p.remaining,
      limit: p.per_customer_limit,
      soldOut: p.remaining <= 0,
      maxQuantity: Math.max(0, Math.min(p.remaining, p.per_customer_limit)),
    })),
  }
}

/** The short URL a cart link's QR code and copy button carry: `<origin>/l/<code>`, the same in every language. */
export function liveLinkUrl(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, "")}/l/${encodeURIComponent(code)}`
}

/** One `stats` event's data from the live panel's stream; null for anything that is not the contract's figures. */
export function parseStatsEvent(data: string): SessionStats | null {
  let json: unknown
  try {
    json = JSON.parse(data)
  } catch {
    return null
  }
  const parsed = SessionStatsSchema.safeParse(json)
  return parsed.success ? parsed.data : null
}

/**
 * What a cart link's page says: why it cannot sell, "limit_reached" when this shopper already has their share, or
 * "ready" when it could fill the cart after all.
 */
export type LinkState = LiveUnavailable | "limit_reached" | "ready"

/** What the click that claims a link's units (库存预扣) refused with, carried to the page as `?claim=`. */
export const LINK_CLAIM_REFUSALS = ["sold_out", "limit_reached"] as const
export type LinkClaimRefusal = (typeof LINK_CLAIM_REFUSALS)[number]

export function parseClaimRefusal(value: unknown): LinkClaimRefusal | null {
  return (LINK_CLAIM_REFUSALS as readonly unknown[]).includes(value) ? (value as LinkClaimRefusal) : null
}

/**
 * The page's state once the click's claim was refused: the link read again wins when it cannot sell at all (ended,
 * expired), but a link that reads as sellable was still refused at the click (the last units are held in other carts,
 * or this shopper reached the limit), and the page says so instead of offering to try again.
 */
export function linkStateAfterClaim(lookup: LinkLookup, refusal: LinkClaimRefusal | null): LinkState {
  const state = linkState(lookup)
  return state === "ready" && refusal ? refusal : state
}

export function linkState(lookup: LinkLookup): LinkState {
  if (!lookup.ok) return lookup.reason
  const { session, items } = lookup.link
  if (session.status === "ended") return "session_ended"
  if (session.status === "scheduled") return "session_not_started"
  const remaining = (id: string) => session.products.find((p) => p.id === id)?.remaining ?? 0
  return items.some((item) => remaining(item.session_product_id) > 0) ? "ready" : "sold_out"
}

/** One offer of a cart link held for the shopper at the click (库存预扣), as the "held" page shows it. */
export type HeldLineView = {
  id: string
  variantId: string
  handle: string
  title: string
  variantTitle: string
  thumbnail: string | null
  /** What one unit costs the shopper: the live price, or the shelf price when that fell below it. */
  unitFen: number
  /** The shelf price, shown struck through when it is higher. */
  baseFen: number
  quantity: number
  lineFen: number
}

export type LinkHeldView = {
  sessionId: string
  sessionTitle: string
  hostName: string
  held: HeldLineView[]
  /** The link's offers the click got nothing of (sold out, or this shopper's share already taken). */
  missing: { id: string; title: string; variantTitle: string }[]
  totalFen: number
}

/**
 * A cart link's offers against the holds under the shopper's token: the token may also hold other links' offers, which
 * stay out of this page. Units of one offer held twice (never by the backend, but the sum is the truth) add up.
 */
export function toLinkHeldView(link: PublicCartLink, holds: readonly LiveHold[]): LinkHeldView {
  const { session } = link
  const held: HeldLineView[] = []
  const missing: LinkHeldView["missing"] = []
  for (const item of link.items) {
    const offer = session.products.find((p) => p.id === item.session_product_id)
    if (!offer) continue
    const quantity = holds.filter((h) => h.session_product_id === offer.id).reduce((n, h) => n + h.quantity, 0)
    if (!quantity) {
      missing.push({ id: offer.id, title: offer.product_title, variantTitle: offer.variant_title })
      continue
    }
    const unitFen = payableFen(offer)
    held.push({
      id: offer.id,
      variantId: offer.variant_id,
      handle: offer.product_handle,
      title: offer.product_title,
      variantTitle: offer.variant_title,
      thumbnail: offer.thumbnail,
      unitFen,
      baseFen: offer.base_price_fen,
      quantity,
      lineFen: unitFen * quantity,
    })
  }
  return {
    sessionId: session.id,
    sessionTitle: session.title,
    hostName: session.host.name,
    held,
    missing,
    totalFen: held.reduce((n, line) => n + line.lineFen, 0),
  }
}
