import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { MarkStatementPaidBody } from "@fengshou/store-contract"
import { SETTLEMENT_MODULE } from "../../../../../modules/settlement"
import type SettlementModuleService from "../../../../../modules/settlement/service"
import { chinaDay, periodFirstDay } from "../../../../../lib/settlement/period"
import { readStatementDetail } from "../../../../../queries/settlement/read-statement"
import { markStatementPaidWorkflow } from "../../../../../workflows/settlement/mark-statement-paid"

/** The operator records the bank transfer: open → paid with the day and the bank's reference; paid → 409. */
export async function POST(req: AuthenticatedMedusaRequest<MarkStatementPaidBody>, res: MedusaResponse) {
  const id = req.params.id!
  const { paid_on, bank_reference } = req.validatedBody
  const [statement] = await req.scope
    .resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    .listSettlementStatements({ id }, { select: ["id", "number", "period", "status", "paid_on"] })
  if (!statement) throw new MedusaError(MedusaError.Types.NOT_FOUND, `settlement statement ${id} was not found`)
  if (statement.status === "paid") return conflict(res, statement.number, statement.paid_on)
  const time = Date.parse(`${paid_on}T00:00:00Z`)
  const real = !Number.isNaN(time) && new Date(time).toISOString().startsWith(paid_on)
  if (!real) throw invalid(`paid_on ${paid_on} is not a calendar date; write it as YYYY-MM-DD`)
  if (paid_on > chinaDay(new Date())) throw invalid(`paid_on ${paid_on} is in the future; enter the day the bank paid`)
  if (paid_on < periodFirstDay(statement.period))
    throw invalid(`paid_on ${paid_on} is before the statement's month ${statement.period} began`)
  try {
    await markStatementPaidWorkflow(req.scope).run({
      input: { id, paid_on, bank_reference, paid_by: req.auth_context?.actor_id ?? null },
    })
  } catch (e) {
    // Paid by someone else in the meantime: Medusa would rewrite a thrown 409's message, so answer it here.
    if ((e as { type?: string }).type === MedusaError.Types.CONFLICT)
      return res.status(409).json({ type: "conflict", message: (e as Error).message })
    throw e
  }
  res.json(await readStatementDetail(req.scope, id))
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

function conflict(res: MedusaResponse, number: string, paidOn: string | null) {
  res.status(409).json({
    type: "conflict",
    message: `statement ${number} was already paid on ${paidOn}: a paid statement never changes (later changes go on the next one)`,
  })
}
