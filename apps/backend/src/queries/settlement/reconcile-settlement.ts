import type { MedusaContainer } from "@medusajs/framework/types"
import type { SettlementDifference, SettlementReconciliation } from "@fengshou/store-contract"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import type { CandidateLine } from "../../lib/settlement/lines"
import { chinaDayStart } from "../../lib/settlement/period"
import { statementTotals } from "../../lib/settlement/plan-statements"
import { listSettlementOrderIds, readOrderLines, type OrderMoney } from "./read-order-lines"

const DAY_MS = 24 * 60 * 60 * 1000
const TOTALS = ["gross_fen", "refunds_fen", "fee_fen", "commission_fen", "net_fen"] as const
const sum = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0)

/**
 * Over the orders whose payment was first captured in [from, to] (China days): captured − refunded must equal, to the
 * fen, the cooperatives' net + host commission + platform fee of the order's settlement lines (computed now, on a
 * statement or not) + shipping (its total less the part of the refunds the ledger did not reverse). Also lists paid
 * lines that no longer match their ledger or commission entries, orders whose host commission differs from what the
 * cooperatives' lines carry, and statements whose totals differ from their lines. Orders with no ledger or commission
 * entry at all are relief:reconcile's (missing_entries), not this one's.
 */
export async function reconcileSettlement(
  container: MedusaContainer,
  scope: { from: string; to: string; fee_bps: number; hold_days: number },
): Promise<SettlementReconciliation> {
  const start = chinaDayStart(scope.from).getTime()
  const end = chinaDayStart(scope.to).getTime() + DAY_MS
  const { lines, money } = await readOrderLines(container, await listSettlementOrderIds(container), scope)
  const orders = [...money.values()].filter(
    (m) => m.captured_at && m.captured_at.getTime() >= start && m.captured_at.getTime() < end,
  )
  const byOrder = new Map<string, CandidateLine[]>()
  for (const l of lines) byOrder.set(l.order_id, [...(byOrder.get(l.order_id) ?? []), l])
  const result: SettlementReconciliation = {
    from: scope.from,
    to: scope.to,
    orders: orders.length,
    captured_fen: 0,
    refunded_fen: 0,
    cooperative_net_fen: 0,
    commission_fen: 0,
    fee_fen: 0,
    shipping_fen: 0,
    differences: [],
  }
  for (const m of orders) {
    const mine = byOrder.get(m.order_id) ?? []
    const figures = orderFigures(m, mine)
    result.captured_fen += m.captured_fen
    result.refunded_fen += m.refunded_fen
    result.cooperative_net_fen += figures.net
    result.commission_fen += figures.hostCommission
    result.fee_fen += figures.fee
    result.shipping_fen += figures.shipping
    result.differences.push(...orderDifferences(m, figures))
  }
  const inScope = new Set(orders.map((o) => o.order_id))
  result.differences.push(...(await statementDifferences(container, lines, inScope, scope)))
  return result
}

function orderFigures(m: OrderMoney, mine: readonly CandidateLine[]) {
  const coop = mine.filter((l) => l.party === "cooperative")
  const host = mine.filter((l) => l.party === "host")
  const reversed = -sum(
    coop.filter((l) => l.sales_fen < 0),
    (l) => l.sales_fen,
  )
  return {
    net: sum(coop, (l) => l.net_fen),
    fee: sum(coop, (l) => l.fee_fen),
    coopCommission: sum(coop, (l) => l.commission_fen),
    hostCommission: sum(host, (l) => l.commission_fen),
    shipping: m.shipping_fen - Math.max(0, m.refunded_fen - reversed),
  }
}

function orderDifferences(m: OrderMoney, f: ReturnType<typeof orderFigures>): SettlementDifference[] {
  const out: SettlementDifference[] = []
  const expected = m.captured_fen - m.refunded_fen
  const actual = f.net + f.hostCommission + f.fee + f.shipping
  if (expected !== actual)
    out.push({
      kind: "order_money",
      order_id: m.order_id,
      statement_id: null,
      expected_fen: expected,
      actual_fen: actual,
      message: `order #${m.display_id}: captured ${m.captured_fen} − refunded ${m.refunded_fen} = ${expected} fen, but net ${f.net} + commission ${f.hostCommission} + fee ${f.fee} + shipping ${f.shipping} = ${actual}`,
    })
  if (f.hostCommission !== f.coopCommission)
    out.push({
      kind: "commission",
      order_id: m.order_id,
      statement_id: null,
      expected_fen: f.hostCommission,
      actual_fen: f.coopCommission,
      message: `order #${m.display_id}: the host's commission entries sum to ${f.hostCommission} fen but the cooperatives' lines carry ${f.coopCommission}`,
    })
  return out
}

async function statementDifferences(
  container: MedusaContainer,
  now: readonly CandidateLine[],
  orders: ReadonlySet<string>,
  scope: { from: string; to: string },
): Promise<SettlementDifference[]> {
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const out: SettlementDifference[] = []
  const current = new Map(now.map((l) => [l.line_key, l]))
  const statements = await settlement.listSettlementStatements(
    { period: { $gte: scope.from.slice(0, 7), $lte: scope.to.slice(0, 7) } },
    { take: null },
  )
  const paid = await settlement.listSettlementStatements({ status: "paid" }, { select: ["id", "number"], take: null })
  const ids = [...new Set([...statements.map((s) => s.id), ...paid.map((s) => s.id)])]
  const rows = ids.length ? await settlement.listSettlementLines({ statement_id: ids }, { take: null }) : []
  const paidIds = new Set(paid.map((s) => s.id))
  for (const line of rows) {
    if (!paidIds.has(line.statement_id) || !orders.has(line.order_id)) continue
    const fresh = current.get(line.line_key)
    // Sales first (the ledger's sum); then the net, which moves if the fee or the commission share moved.
    const [expected, actual] =
      line.kind === "commission"
        ? [line.commission_fen, fresh?.commission_fen ?? 0]
        : line.sales_fen !== (fresh?.sales_fen ?? 0)
          ? [line.sales_fen, fresh?.sales_fen ?? 0]
          : [line.net_fen, fresh?.net_fen ?? 0]
    if (expected !== actual)
      out.push({
        kind: "frozen_line",
        order_id: line.order_id,
        statement_id: line.statement_id,
        expected_fen: expected,
        actual_fen: actual,
        message: `paid line ${line.line_key} says ${expected} fen but its entries now give ${actual}`,
      })
  }
  for (const s of statements) {
    const totals = statementTotals(rows.filter((l) => l.statement_id === s.id))
    for (const k of TOTALS)
      if (totals[k] !== s[k])
        out.push({
          kind: "statement_totals",
          order_id: null,
          statement_id: s.id,
          expected_fen: totals[k],
          actual_fen: s[k],
          message: `statement ${s.number}: ${k} is ${s[k]} but its lines sum to ${totals[k]}`,
        })
  }
  return out
}
