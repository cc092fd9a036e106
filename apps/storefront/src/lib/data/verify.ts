import "server-only"
import { ReportVerificationResponseSchema } from "@fengshou/store-contract"
import { BackendUnavailableError, getBackendConfig } from "@/lib/medusa"
import { normalizeVerificationCode, toVerificationView, type VerificationView } from "@/lib/view/verify"
import { fromBackend } from "./parse-contract"

/**
 * An issued relief report checked against the ledger now (GET /relief-verify/:code: public, no publishable key);
 * null when the code cannot be one or nobody issued it. Never cached: the answer is whether it still matches.
 */
export async function getVerification(rawCode: string): Promise<VerificationView | null> {
  const code = normalizeVerificationCode(rawCode)
  if (!code) return null
  const { url } = await getBackendConfig()
  let response: Response
  try {
    response = await fetch(`${url}/relief-verify/${code}`, {
      headers: { accept: "application/json" },
      cache: "no-store",
    })
  } catch (error) {
    throw new BackendUnavailableError(`${url} is not reachable`, { cause: error })
  }
  if (response.status === 404 || response.status === 400) return null
  if (!response.ok) throw new BackendUnavailableError(`/relief-verify answered ${response.status}`)
  const body: unknown = await response.json()
  return toVerificationView(
    fromBackend(ReportVerificationResponseSchema, body, "GET /relief-verify/:code").verification,
  )
}
