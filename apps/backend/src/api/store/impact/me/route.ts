import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RELIEF_LEDGER_MODULE } from "../../../../modules/relief-ledger"
import type ReliefLedgerModuleService from "../../../../modules/relief-ledger/service"
import { foldImpact } from "../fold-impact"

/** The signed-in customer's impact: the ledger entries of all their orders, folded like the officials' report. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { customer_id: req.auth_context.actor_id },
  })
  const orderIds = (data as { id: string }[]).map((o) => o.id)
  const entries = await req.scope.resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE).listOrderEntries(orderIds)
  res.json({ impact: foldImpact(entries) })
}
