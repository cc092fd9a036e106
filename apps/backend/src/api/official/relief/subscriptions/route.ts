import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REPORT_SUBSCRIPTION_MODULE } from "../../../../modules/report-subscription"
import type ReportSubscriptionModuleService from "../../../../modules/report-subscription/service"
import { createReportSubscriptionWorkflow } from "../../../../workflows/report-subscription/create-report-subscription"
import { officialActor } from "../../official-actor"
import { regionInScope } from "../../../../queries/official/region-in-scope"
import { listOwnSubscriptions, serializeSubscription } from "./read-own"
import type { CreateReportSubscriptionBody } from "./validators"

/** `{ subscriptions }`: the official's monthly report subscriptions. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ subscriptions: await listOwnSubscriptions(req.scope, officialActor(req).official.id) })
}

/** Subscribes to the monthly report of the official's scope or a region in it (outside: 403, unknown: 400). */
export async function POST(req: AuthenticatedMedusaRequest<CreateReportSubscriptionBody>, res: MedusaResponse) {
  const actor = officialActor(req)
  const { region, group_by, lang } = req.validatedBody
  const scope = await regionInScope(actor, region)
  const { result } = await createReportSubscriptionWorkflow(req.scope).run({
    input: { official_id: actor.official.id, region_code: scope.code, group_by, lang },
  })
  const [row] = await req.scope
    .resolve<ReportSubscriptionModuleService>(REPORT_SUBSCRIPTION_MODULE)
    .listReportSubscriptions({ id: result.id })
  res.status(201).json({ subscription: await serializeSubscription(row!) })
}
