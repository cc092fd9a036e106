import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reconcileLedger } from "../../../../queries/relief/reconcile-ledger"

/** Every difference between the orders and the relief ledger (there should be none). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await reconcileLedger(req.scope))
}
