import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RELIEF_LEDGER_MODULE } from "../../modules/relief-ledger"
import type ReliefLedgerModuleService from "../../modules/relief-ledger/service"
import type { OrderFacts } from "../../lib/relief/order-facts"
import { planOrderEntries, saleSource, type WrittenEntry } from "../../lib/relief/plan-order-entries"
import { readOrderFacts } from "./read-order-facts"

export interface LedgerDifference {
  order_id: string
  line_item_id: string | null
  kind: "missing_entries" | "sale_amount" | "sale_quantity" | "order_net" | "order_quantity" | "unknown_order"
  expected: number | string | null
  actual: number | string | null
  message: string
}

export interface Reconciliation {
  checked_orders: number
  differences: LedgerDifference[]
}

const PAGE = 200

/**
 * Recomputes what the ledger should say from the orders themselves and lists every difference: an event with no
 * entries (placed, refunded or canceled but not written), a line whose sale differs from the order line's total
 * or grams, an order whose ledger net or grams differ from its relief lines' after refunds, returns and
 * cancellation (as the planner attributes them from the order alone), and
 * entries of orders that do not exist. The households of a written sale are not second-guessed: lots change.
 */
export async function reconcileLedger(
  container: MedusaContainer,
  options: { order_ids?: string[] } = {},
): Promise<Reconciliation> {
  const ledger = container.resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE)
  const orderIds = options.order_ids ?? (await listAllOrderIds(container))
  const differences: LedgerDifference[] = []
  let checked = 0
  for (let i = 0; i < orderIds.length; i += PAGE) {
    const ids = orderIds.slice(i, i + PAGE)
    const written = await ledger.listOrderEntries(ids)
    for (const id of ids) {
      const facts = await readOrderFacts(container, id)
      const mine = written.filter((e) => e.order_id === id)
      if (!facts) {
        if (mine.length) differences.push(unknownOrder(id, mine.length))
        continue
      }
      checked += 1
      differences.push(...compareOrder(facts, mine))
    }
  }
  if (!options.order_ids) {
    const known = new Set(orderIds)
    for (const id of await ledger.listLedgerOrderIds()) if (!known.has(id)) differences.push(unknownOrder(id, null))
  }
  return { checked_orders: checked, differences }
}

function compareOrder(facts: OrderFacts, written: readonly WrittenEntry[]): LedgerDifference[] {
  const differences: LedgerDifference[] = []
  const id = facts.order_id
  const missing = planOrderEntries(facts, written)
  for (const source of new Set(missing.map((e) => e.source_event_id))) {
    const amount = sum(missing.filter((e) => e.source_event_id === source))
    differences.push({
      order_id: id,
      line_item_id: null,
      kind: "missing_entries",
      expected: amount,
      actual: 0,
      message: `no ledger entries for ${source} (${amount} fen)`,
    })
  }
  const sale = written.filter((e) => e.source_event_id === saleSource(id))
  for (const line of sale.length ? facts.lines : []) {
    const entries = sale.filter((e) => e.line_item_id === line.line_item_id)
    const amount = sum(entries)
    const saleGrams = grams(entries)
    if (amount !== line.net_fen) {
      differences.push({
        order_id: id,
        line_item_id: line.line_item_id,
        kind: "sale_amount",
        expected: line.net_fen,
        actual: amount,
        message: `sale entries sum to ${amount} fen, the order line to ${line.net_fen}`,
      })
    }
    if (saleGrams !== line.quantity_g) {
      differences.push({
        order_id: id,
        line_item_id: line.line_item_id,
        kind: "sale_quantity",
        expected: line.quantity_g,
        actual: saleGrams,
        message: `sale entries carry ${saleGrams} g, the order line ${line.quantity_g} g`,
      })
    }
  }
  // What the ledger must hold once every event is written, planned from the order alone: refunds for a return come
  // off the returned lines (amount and grams), other refunds are shared with non-relief lines, a cancel takes all.
  const expected = planOrderEntries(facts, [])
  const expectedNet = sum(expected)
  const actualNet = sum(written) + sum(missing)
  if (sum(written) !== expectedNet && !missing.length) {
    differences.push({
      order_id: id,
      line_item_id: null,
      kind: "order_net",
      expected: expectedNet,
      actual: actualNet,
      message: `ledger net ${sum(written)} fen, order net after refunds, returns and cancellation ${expectedNet} fen`,
    })
  }
  const expectedGrams = grams(expected)
  if (grams(written) !== expectedGrams && !missing.length) {
    differences.push({
      order_id: id,
      line_item_id: null,
      kind: "order_quantity",
      expected: expectedGrams,
      actual: grams(written),
      message: `ledger holds ${grams(written)} g, the order after returns and cancellation ${expectedGrams} g`,
    })
  }
  return differences
}

function unknownOrder(id: string, count: number | null): LedgerDifference {
  return {
    order_id: id,
    line_item_id: null,
    kind: "unknown_order",
    expected: 0,
    actual: count,
    message: `ledger entries for order ${id}, which does not exist`,
  }
}

const sum = (entries: readonly { amount_fen: number }[]) => entries.reduce((s, e) => s + e.amount_fen, 0)
const grams = (entries: readonly { quantity_g: number }[]) => entries.reduce((s, e) => s + e.quantity_g, 0)

async function listAllOrderIds(container: MedusaContainer): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids: string[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({
      entity: "order",
      fields: ["id"],
      pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
    })
    ids.push(...(data as { id: string }[]).map((o) => o.id))
    if (data.length < PAGE) return ids
  }
}
