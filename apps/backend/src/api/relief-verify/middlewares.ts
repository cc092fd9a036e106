import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { normalizeVerificationCode, VERIFICATION_CODE_PATTERN } from "../../lib/report-verification/verification-code"

/** 400 unless the code is 10 Crockford base32 characters (case, spaces, dashes and O/I/L forgiven). */
function refuseMalformedCode(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const code = normalizeVerificationCode(String(req.params.code ?? ""))
  if (VERIFICATION_CODE_PATTERN.test(code)) return next()
  next(
    new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "code must be the 10-character verification code printed on the report (letters and digits, like 7K3M9QX2RD)",
    ),
  )
}

/** Public: anyone holding a printed report checks it, with no key and no sign-in. */
export const reliefVerifyRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/relief-verify/:code", middlewares: [refuseMalformedCode] },
]
