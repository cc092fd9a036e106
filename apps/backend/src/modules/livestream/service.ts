import { MedusaService } from "@medusajs/framework/utils"
import { commissionFen, commissionReversalFen } from "@fengshou/live-contract"
import {
  attachClaims,
  cartHolds,
  claimUnits,
  moveClaims,
  refuseSoldOutHold,
  runningHolds,
  releaseClaims,
  releaseExpiredHolds,
  releaseOffers,
  type ClaimRequest,
  type ClaimResult,
  type SqlManager,
} from "./claims"
import { holdAtOnce } from "./hold-at-once"
import { clearShelvesAfter, writesOf } from "../../lib/livestream/shelf-cache"
import { CartLink } from "./models/cart-link"
import { CommissionEntry } from "./models/commission-entry"
import { Host } from "./models/host"
import { LiveClaim } from "./models/live-claim"
import { LiveOrder } from "./models/live-order"
import { LiveSession } from "./models/live-session"
import { SessionProduct } from "./models/session-product"
import { readLinkShelf, readShelf } from "./read-shelf"
import { readCommissionReport, readSessionStats } from "./reads"

export type LivestreamOptions = {
  /** Days after an order is placed during which its commission stays pending (refunds may still reverse it). */
  refund_window_days?: number
  /** Minutes a hold (库存预扣) taken at the shopper's first click keeps its units for them (default 10). */
  hold_minutes?: number
}
export type LiveOrderLine = {
  variant_id: string
  session_product_id: string | null
  quantity: number
  total_fen: number
}
export type NewLiveOrder = {
  order_id: string
  cart_id: string | null
  session_id: string
  host_id: string
  cart_link_id: string | null
  lines: LiveOrderLine[]
  placed_at: Date
  rate_bps: number
}

const DAY_MS = 86_400_000
const newId = (prefix: string) => `${prefix}_${crypto.randomUUID().replace(/-/g, "")}`

/**
 * Generated CRUD for hosts, sessions, session products and links, plus the parts that must be one SQL transaction:
 * claiming capped units at checkout, and recording a placed order with its commission, refunds and cancellation.
 */
export default class LivestreamModuleService extends MedusaService({
  Host,
  LiveSession,
  SessionProduct,
  CartLink,
  LiveClaim,
  LiveOrder,
  CommissionEntry,
}) {
  private readonly sql: SqlManager
  readonly refundWindowDays: number
  readonly holdSeconds: number

  constructor(container: { manager: SqlManager }, options?: LivestreamOptions, ...rest: unknown[]) {
    super(container, options, ...rest)
    this.sql = container.manager
    this.refundWindowDays = options?.refund_window_days ?? 7
    this.holdSeconds = Math.round((options?.hold_minutes ?? 10) * 60)
    // The store keeps a shelf read for a moment (lib/livestream/shelf-cache.ts); what this process writes to
    // sessions, offers, hosts, links or an offer's sold count shows at the next read.
    clearShelvesAfter(this, [
      ...writesOf("Hosts", "LiveSessions", "SessionProducts", "CartLinks"),
      "claimUnits",
      "holdUnits",
      "cartHolds",
      "releaseOffers",
      "releaseExpiredHolds",
      "releaseCartClaims",
      "recordLiveOrder",
      "recordRefund",
      "recordCancel",
    ])
  }

  /** The checkout's claim: all or none, converting the cart's holds (claims.ts). */
  claimUnits(request: Omit<ClaimRequest, "hold">) {
    return claimUnits(this.sql, request)
  }

  /**
   * The first click's claim: what is left up to the quantity asked, held for hold_minutes. Each offer in one statement
   * when it can (hold-at-once.ts), the rest in the claim's locking transaction.
   */
  async holdUnits(request: Omit<ClaimRequest, "hold">): Promise<ClaimResult> {
    const result: ClaimResult = { granted: [], refused: [] }
    const rest: ClaimRequest["items"] = []
    for (const item of request.items) {
      const once = await holdAtOnce(this.sql, request, item, this.holdSeconds)
      if (!once) {
        rest.push(item)
        continue
      }
      result.granted.push(...once.granted)
      result.refused.push(...once.refused)
    }
    if (!rest.length) return result
    const claimed = await claimUnits(this.sql, { ...request, items: rest, hold: { seconds: this.holdSeconds } })
    return { granted: [...result.granted, ...claimed.granted], refused: [...result.refused, ...claimed.refused] }
  }

  /** The first click's "sold out" read without the claim's lock, or null when the claim must run (claims.ts). */
  refuseSoldOutHold(request: Omit<ClaimRequest, "hold">) {
    return refuseSoldOutHold(this.sql, request)
  }

  cartHolds(cartId: string) {
    return cartHolds(this.sql, cartId)
  }

  /** The running holds under a cart id or hold token and the DB clock, in one statement without a write. */
  runningHolds(cartId: string) {
    return runningHolds(this.sql, cartId)
  }

  moveClaims(fromCartId: string, toCartId: string, to: { offerIds: string[]; shopperKeys: string[] }) {
    return moveClaims(this.sql, fromCartId, toCartId, to)
  }

  releaseOffers(cartId: string, offerIds: string[]) {
    return releaseOffers(this.sql, cartId, offerIds)
  }

  releaseExpiredHolds() {
    return releaseExpiredHolds(this.sql)
  }

  releaseCartClaims(cartId: string) {
    return releaseClaims(this.sql, { cartId })
  }

  /** The store's read of a session with its host and offers, in one statement (read-shelf.ts). */
  readShelf(sessionId: string) {
    return readShelf(this.sql, sessionId)
  }

  /** A cart link by its code with its session as readShelf reads it, in one statement. */
  readLinkShelf(code: string) {
    return readLinkShelf(this.sql, code)
  }

  sessionStats(sessionId: string) {
    return readSessionStats(this.sql, sessionId)
  }

  commissionReport(hostId: string, now = new Date()) {
    return readCommissionReport(this.sql, hostId, this.refundWindowDays, now)
  }

  /**
   * Records an order placed through a session and the commission it earns, once: a repeated order.placed finds the
   * row and writes nothing. Returns whether this call wrote it.
   */
  async recordLiveOrder(order: NewLiveOrder): Promise<boolean> {
    const gmv = order.lines.reduce((s, l) => s + l.total_fen, 0)
    const units = order.lines.reduce((s, l) => s + l.quantity, 0)
    const payableAt = new Date(order.placed_at.getTime() + this.refundWindowDays * DAY_MS)
    return this.sql.transactional(async (em) => {
      const inserted = await em.execute<{ id: string }[]>(
        `insert into live_order (id, order_id, session_id, host_id, cart_link_id, gmv_fen, units, lines, placed_at)
         values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) on conflict (order_id) where deleted_at is null do nothing returning id`,
        [
          newId("lord"),
          order.order_id,
          order.session_id,
          order.host_id,
          order.cart_link_id,
          gmv,
          units,
          JSON.stringify(order.lines),
          order.placed_at,
        ],
      )
      if (!inserted.length) return false
      if (order.cart_id) await attachClaims(em, order.cart_id, order.order_id)
      await this.appendCommission(em, {
        key: `earned:${order.order_id}`,
        order,
        kind: "earned",
        base: gmv,
        amount: commissionFen(gmv, order.rate_bps),
        payableAt,
      })
      return true
    })
  }

  /**
   * Brings a live order's refunds to `refundedFen` in total (merchandise only, capped at its sales) and reverses the
   * commission accordingly; `sourceKey` (the refund id) makes a repeated event write nothing.
   */
  async recordRefund(orderId: string, refundedFen: number, sourceKey: string): Promise<void> {
    await this.sql.transactional(async (em) => {
      const [row] = await em.execute<LiveOrderRow[]>(
        `select * from live_order where order_id = ? and deleted_at is null for update`,
        [orderId],
      )
      if (!row || row.canceled_at) return
      const refunded = Math.min(row.gmv_fen, refundedFen)
      if (refunded <= row.refunded_fen) return
      await em.execute(`update live_order set refunded_fen = ?, updated_at = now() where id = ?`, [refunded, row.id])
      await this.reverseTo(em, row, row.gmv_fen - refunded, `refund:${sourceKey}`, refunded - row.refunded_fen)
    })
  }

  /** A canceled order gives its units back to the caps and its whole commission back. */
  async recordCancel(orderId: string, canceledAt: Date): Promise<void> {
    await this.sql.transactional(async (em) => {
      const [row] = await em.execute<LiveOrderRow[]>(
        `select * from live_order where order_id = ? and deleted_at is null for update`,
        [orderId],
      )
      if (!row || row.canceled_at) return
      await em.execute(`update live_order set canceled_at = ?, updated_at = now() where id = ?`, [canceledAt, row.id])
      await this.reverseTo(em, row, 0, `cancel:${orderId}`, row.gmv_fen - row.refunded_fen)
      await releaseClaims(em, { orderId })
    })
  }

  private async reverseTo(em: SqlManager, row: LiveOrderRow, netAfter: number, key: string, base: number) {
    const entries = await em.execute<{ amount_fen: number; rate_bps: number; payable_at: Date; kind: string }[]>(
      `select amount_fen, rate_bps, payable_at, kind from host_commission_entry where order_id = ? and deleted_at is null`,
      [row.order_id],
    )
    const earned = entries.find((e) => e.kind === "earned")
    if (!earned) return
    const held = entries.reduce((s, e) => s + e.amount_fen, 0)
    const amount = commissionReversalFen(held, netAfter, earned.rate_bps)
    if (amount === 0) return
    await this.appendCommission(em, {
      key,
      order: { order_id: row.order_id, host_id: row.host_id, session_id: row.session_id, rate_bps: earned.rate_bps },
      kind: "reversed",
      base,
      amount,
      payableAt: earned.payable_at,
    })
  }

  private async appendCommission(
    em: SqlManager,
    e: {
      key: string
      order: Pick<NewLiveOrder, "order_id" | "host_id" | "session_id" | "rate_bps">
      kind: "earned" | "reversed"
      base: number
      amount: number
      payableAt: Date
    },
  ) {
    await em.execute(
      `insert into host_commission_entry (id, entry_key, host_id, session_id, order_id, kind, rate_bps, base_fen, amount_fen, payable_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (entry_key) where deleted_at is null do nothing`,
      [
        newId("hcom"),
        e.key,
        e.order.host_id,
        e.order.session_id,
        e.order.order_id,
        e.kind,
        e.order.rate_bps,
        e.base,
        e.amount,
        e.payableAt,
      ],
    )
  }
}

type LiveOrderRow = {
  id: string
  order_id: string
  session_id: string
  host_id: string
  gmv_fen: number
  refunded_fen: number
  canceled_at: Date | null
}
