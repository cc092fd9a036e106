import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fingerprintFigures, type IssuedFigures } from "../../../lib/report-verification/report-fingerprint"
import { newVerificationCode } from "../../../lib/report-verification/verification-code"
import { REPORT_VERIFICATION_MODULE } from "../../../modules/report-verification"
import type ReportVerificationModuleService from "../../../modules/report-verification/service"

export type IssueReportVerificationInput = {
  official_id: string
  organisation: string
  region: string
  region_label: string
  from: string
  to: string
  group_by: string
  lang: string
  format: string
  figures: IssuedFigures
}

/** Records what an export said, under a new code and the fingerprint of its figures. */
export const createReportVerificationStep = createStep(
  "create-report-verification",
  async ({ from, to, ...input }: IssueReportVerificationInput, { container }) => {
    const service = container.resolve<ReportVerificationModuleService>(REPORT_VERIFICATION_MODULE)
    const record = await service.createReportVerifications({
      ...input,
      period_from: from,
      period_to: to,
      code: newVerificationCode(),
      issued_at: new Date(),
      fingerprint: fingerprintFigures(input.figures),
    })
    return new StepResponse(record, record.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ReportVerificationModuleService>(REPORT_VERIFICATION_MODULE).deleteReportVerifications(id)
  },
)
