import type { ExecArgs } from "@medusajs/framework/types"
import { reconcileLedger } from "../queries/relief/reconcile-ledger"

/** `npm run relief:reconcile`: lists every difference between the orders and the ledger; exits 1 if any. */
export default async function reliefReconcile({ container }: ExecArgs) {
  const { checked_orders, differences } = await reconcileLedger(container)
  for (const d of differences) console.log(`${d.kind}\t${d.order_id}\t${d.line_item_id ?? "-"}\t${d.message}`)
  console.log(`relief ledger reconciliation: ${checked_orders} orders checked, ${differences.length} differences`)
  if (differences.length) process.exitCode = 1
}
