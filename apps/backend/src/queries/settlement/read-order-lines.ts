import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { yuanToFen } from "@fengshou/relief-core"
import { LIVESTREAM_MODULE } from "../../modules/livestream"
import type LivestreamModuleService from "../../modules/livestream/service"
import { RELIEF_LEDGER_MODULE } from "../../modules/relief-ledger"
import type ReliefLedgerModuleService from "../../modules/relief-ledger/service"
import {
  orderLines,
  type CandidateLine,
  type SettlementCommissionEntry,
  type SettlementLedgerEntry,
} from "../../lib/settlement/lines"

type Money = number | string | null | undefined
type Stamp = string | Date
type PaymentRow = {
  captured_at?: Stamp | null
  captures?: { amount: Money; created_at: Stamp }[] | null
  refunds?: { amount: Money; created_at: Stamp }[] | null
}
type OrderRow = {
  id: string
  display_id: number
  created_at: Stamp
  shipping_total?: Money
  items?: { id: string; product_title?: string | null; title?: string | null }[] | null
  payment_collections?: { payments?: PaymentRow[] | null }[] | null
}

/** An order's money as Medusa holds it, in fen, for reconciliation. */
export type OrderMoney = {
  order_id: string
  display_id: number
  captured_at: Date | null
  captured_fen: number
  refunded_fen: number
  shipping_fen: number
}

const PAGE = 100
const fen = (m: Money) => (m === null || m === undefined ? 0 : yuanToFen(String(m)))
const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "shipping_total",
  "items.id",
  "items.product_title",
  "items.title",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.captures.created_at",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.created_at",
]

/** Every order that has relief ledger entries or host commission entries (what settlement can pay out). */
export async function listSettlementOrderIds(container: MedusaContainer): Promise<string[]> {
  const ledger = container.resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE)
  const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const commissions = await live.listCommissionEntries({}, { select: ["order_id"], take: null })
  return [...new Set([...(await ledger.listLedgerOrderIds()), ...commissions.map((c) => c.order_id)])].sort()
}

/**
 * The settlement lines of the given orders, payable or not (see lib/settlement/lines.ts), and each order's money,
 * read from the relief ledger, the host commission entries and Medusa's orders and payments.
 */
export async function readOrderLines(
  container: MedusaContainer,
  orderIds: readonly string[],
  options: { fee_bps: number; hold_days: number },
): Promise<{ lines: CandidateLine[]; money: Map<string, OrderMoney> }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ledger = container.resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE)
  const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const lines: CandidateLine[] = []
  const money = new Map<string, OrderMoney>()
  for (let i = 0; i < orderIds.length; i += PAGE) {
    const ids = orderIds.slice(i, i + PAGE)
    const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: ids } })
    const entries = await ledger.listReliefLedgerEntries(
      { order_id: ids },
      {
        select: [
          "id",
          "seq",
          "source_event_id",
          "kind",
          "order_id",
          "line_item_id",
          "cooperative_id",
          "amount_fen",
          "occurred_at",
        ],
        take: null,
        order: { seq: "ASC" },
      },
    )
    const commissions = await live.listCommissionEntries(
      { order_id: ids },
      { take: null, order: { created_at: "ASC" } },
    )
    for (const order of data as unknown as OrderRow[]) {
      const m = orderMoney(order)
      money.set(order.id, m)
      const titles = new Map((order.items ?? []).map((it) => [it.id, it.product_title ?? it.title ?? ""]))
      lines.push(
        ...orderLines(
          {
            order_id: order.id,
            display_id: Number(order.display_id),
            placed_at: new Date(order.created_at),
            captured_at: m.captured_at,
            titles,
          },
          entries.filter((e) => e.order_id === order.id).map(toLedgerEntry),
          commissions.filter((c) => c.order_id === order.id).map(toCommissionEntry),
          options,
        ),
      )
    }
  }
  return { lines, money }
}

function orderMoney(order: OrderRow): OrderMoney {
  const payments = (order.payment_collections ?? []).flatMap((pc) => pc.payments ?? [])
  const captures = payments.flatMap((p) => p.captures ?? [])
  const stamps = [
    ...payments.map((p) => p.captured_at).filter((s): s is Stamp => Boolean(s)),
    ...captures.map((c) => c.created_at),
  ].map((s) => new Date(s).getTime())
  return {
    order_id: order.id,
    display_id: Number(order.display_id),
    captured_at: stamps.length ? new Date(Math.min(...stamps)) : null,
    captured_fen: captures.reduce((s, c) => s + fen(c.amount), 0),
    refunded_fen: payments.flatMap((p) => p.refunds ?? []).reduce((s, r) => s + fen(r.amount), 0),
    shipping_fen: fen(order.shipping_total),
  }
}

const toLedgerEntry = (e: {
  id: string
  seq: number
  source_event_id: string
  kind: "sale" | "refund" | "cancel"
  line_item_id: string
  cooperative_id: string
  amount_fen: number
  occurred_at: Stamp
}): SettlementLedgerEntry => ({ ...e, seq: Number(e.seq), occurred_at: new Date(e.occurred_at) })

const toCommissionEntry = (c: {
  id: string
  entry_key: string
  host_id: string
  kind: "earned" | "reversed"
  base_fen: number
  amount_fen: number
  payable_at: Stamp
  created_at: Stamp
}): SettlementCommissionEntry => ({
  ...c,
  payable_at: new Date(c.payable_at),
  created_at: new Date(c.created_at),
})
