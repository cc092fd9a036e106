import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { normalizeVerificationCode } from "../../../lib/report-verification/verification-code"
import { checkReportVerification } from "../../../queries/report-verification/check-report-verification"

/** Whether an issued report's figures still match the ledger for its scope and period, and where they differ. */
export async function GET(req: MedusaRequest<unknown, unknown>, res: MedusaResponse) {
  const code = normalizeVerificationCode(String(req.params.code))
  const verification = await checkReportVerification(req.scope, code)
  if (!verification) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No report was issued with the verification code ${code}; check the code printed on the report`,
    )
  }
  res.setHeader("Cache-Control", "no-store")
  res.json({ verification })
}
