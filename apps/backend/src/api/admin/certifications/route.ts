import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { serializeCertification } from "../../../serializers/cooperative/serialize-certification"
import type { AdminListCertificationsQuery } from "./validators"

/**
 * A product's certificates with those of its lots (the product page widget), or all of a cooperative's. The operator
 * also sees who verified each one.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { product_id, cooperative_id } = req.validatedQuery as AdminListCertificationsQuery
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  let filters: Record<string, unknown> = { cooperative_id }
  if (product_id) {
    const lots = await service.listLots({ product_id }, { select: ["id"] })
    filters = { $or: [{ product_id }, ...(lots.length ? [{ lot_id: lots.map((l) => l.id) }] : [])] }
  }
  const rows = await service.listCertifications(filters, { order: { created_at: "DESC" } })
  res.json({ certifications: rows.map((c) => ({ ...serializeCertification(c), verified_by: c.verified_by ?? null })) })
}
