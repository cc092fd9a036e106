import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { RELIEF_LEDGER_MODULE } from "../../../../../modules/relief-ledger"
import type ReliefLedgerModuleService from "../../../../../modules/relief-ledger/service"
import { foldImpact } from "../../fold-impact"

/**
 * How much of one order reached 脱贫户/监测户, and how many. Like Medusa's own GET /store/orders/:id, knowing the
 * id is what lets one read it; the answer holds sums and counts only. `recorded` is false until the ledger has the
 * order (its writer runs on order.placed, a moment after the order exists).
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const id = String(req.params.id ?? "")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${id} was not found`)
  const entries = await req.scope.resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE).listOrderEntries([id])
  const { sales_fen, household_income_fen, households_benefited, persons_benefited } = foldImpact(entries)
  res.json({
    impact: {
      order_id: id,
      recorded: entries.length > 0,
      sales_fen,
      household_income_fen,
      households_benefited,
      persons_benefited,
    },
  })
}
