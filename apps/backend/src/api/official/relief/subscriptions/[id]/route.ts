import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteReportSubscriptionWorkflow } from "../../../../../workflows/report-subscription/delete-report-subscription"
import { officialActor } from "../../../official-actor"

/** Ends one of the official's own subscriptions; the reports it issued stay listed. Not theirs: 404. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = req.params.id!
  await deleteReportSubscriptionWorkflow(req.scope).run({ input: { official_id: officialActor(req).official.id, id } })
  res.json({ id, object: "report_subscription", deleted: true })
}
