import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { env } from "../../../../env"
import { reconcileSettlement } from "../../../../queries/settlement/reconcile-settlement"
import type { AdminSettlementReconciliationQuery } from "../validators"

/** captured − refunds = cooperative net + host commission + platform fee + shipping, per order; every difference. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { from, to } = req.validatedQuery as AdminSettlementReconciliationQuery
  res.json(
    await reconcileSettlement(req.scope, {
      from,
      to,
      fee_bps: env.SETTLEMENT_FEE_BPS,
      hold_days: env.SETTLEMENT_HOLD_DAYS,
    }),
  )
}
