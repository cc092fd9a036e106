import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { CERTIFICATION_KINDS } from "../../../modules/cooperative/models/certification"

export type NewCertification = {
  cooperative_id: string
  kind: (typeof CERTIFICATION_KINDS)[number]
  title_zh: string
  title_en?: string | null
  issuer?: string | null
  number?: string | null
  issued_on?: string | null
  expires_on?: string | null
  document_url?: string | null
  test_report_url?: string | null
  product_id?: string | null
  lot_id?: string | null
}

/** Adds certifications to a cooperative's profile; compensation deletes them. */
export const createCertificationsStep = createStep(
  "create-certifications",
  async (input: NewCertification[], { container }) => {
    const created = await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).createCertifications(input)
    return new StepResponse(
      created,
      created.map((c) => c.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteCertifications(ids)
  },
)
