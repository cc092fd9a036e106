import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reconcileLedger, type LedgerDifference } from "../../../../queries/relief/reconcile-ledger"
import { officialActor } from "../../official-actor"
import { scopeOrders } from "./scope-orders"

// Belt and braces: nothing that could name a household (platform id, pseudonymous code, ID number) leaves here.
const HOUSEHOLD_LIKE = /\bhh_[0-9A-Za-z]+|\b[A-Z][A-Z0-9]{0,5}-\d{3,5}\b|\b\d{17}[\dXx]\b/g
const redact = <T extends string | number | null>(v: T): T =>
  typeof v === "string" ? (v.replace(HOUSEHOLD_LIKE, "[household]") as T) : v

/**
 * Reconciliation of the ledger with the orders, for the orders that touch the official's scope. A line outside
 * the scope is left out; an order-level difference of an order that also holds lines outside the scope is
 * reported without its figures, which would include those lines (the operator's route has them).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { scope } = officialActor(req)
  const { orderIds, lines, whole } = await scopeOrders(req.scope, scope.code)
  const result = orderIds.length
    ? await reconcileLedger(req.scope, { order_ids: orderIds })
    : { checked_orders: 0, differences: [] }
  const differences = result.differences.flatMap((d): LedgerDifference[] => {
    if (d.line_item_id !== null)
      return lines.has(d.line_item_id)
        ? [{ ...d, expected: redact(d.expected), actual: redact(d.actual), message: redact(d.message) }]
        : []
    if (whole.has(d.order_id))
      return [{ ...d, expected: redact(d.expected), actual: redact(d.actual), message: redact(d.message) }]
    return [
      {
        ...d,
        expected: null,
        actual: null,
        message:
          "this order's ledger entries do not match the order as a whole; it also holds goods from outside your region, so ask the platform operator for the figures",
      },
    ]
  })
  res.json({ region: scope.code, region_label: scope.label, checked_orders: result.checked_orders, differences })
}
