import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { backfillLedger } from "../../../../workflows/relief-ledger/backfill-ledger"
import type { AdminBackfillLedgerType } from "../validators"

/** Writes the ledger entries that orders still lack; running it twice appends nothing the second time. */
export async function POST(req: AuthenticatedMedusaRequest<AdminBackfillLedgerType>, res: MedusaResponse) {
  res.json(await backfillLedger(req.scope, { order_ids: req.validatedBody.order_ids }))
}
