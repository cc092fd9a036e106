import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { HostStatus } from "@fengshou/live-contract"
import { LIVESTREAM_MODULE } from "../../modules/livestream"
import type LivestreamModuleService from "../../modules/livestream/service"
import type { HostRow } from "../../serializers/livestream/serialize-host"

const actors = new WeakMap<object, HostRow>()
const path = (req: AuthenticatedMedusaRequest) => req.originalUrl.split("?")[0]?.replace(/\/+$/, "") ?? ""

/** The host loadHostActor attached to this request; a route without it is a wiring bug. */
export function hostActor(req: object): HostRow {
  const host = actors.get(req)
  if (!host) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as a host first.")
  return host
}

/**
 * Resolves the token's actor (app_metadata.host_id) to the host, on every request, so the operator's approval or
 * suspension counts from the next request. Registration is the one route whose caller has no host yet.
 */
export async function loadHostActor(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (path(req) === "/host/register") return next()
  const id = req.auth_context?.actor_id
  if (!id) {
    res.status(401).json({
      type: "unauthorized",
      message: "This login has no host profile yet: finish sign-up with POST /host/register, then sign in again.",
    })
    return
  }
  const [host] = await req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).listHosts({ id })
  if (!host) {
    res
      .status(401)
      .json({ type: "unauthorized", message: "This host profile no longer exists; ask the platform operator." })
    return
  }
  actors.set(req, host)
  next()
}

const NOT_APPROVED: Record<Exclude<HostStatus, "approved">, string> = {
  pending:
    "Your host profile is waiting for approval by the platform operator, who also sets your commission rate. Until then you can only read your profile.",
  suspended:
    "Your host profile is suspended by the platform operator, so you cannot run sessions or see sales (your settlement statements stay readable). Contact the operator to have it reinstated.",
}

// Reading one's own profile (and signing up) is open whatever the status, and so are one's settlement statements: a
// suspended host is still owed the commissions it earned. Everything else needs an approved host.
const OPEN = new Set(["GET /host/me", "POST /host/register"])
const OPEN_READS = "GET /host/settlements"

/** Every /host route but the profile and sign-up: 403 with what to do, unless the operator approved the host. */
export function requireApprovedHost(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const route = `${req.method} ${path(req)}`
  if (OPEN.has(route) || route === OPEN_READS || route.startsWith(`${OPEN_READS}/`)) return next()
  const { status } = hostActor(req)
  if (status !== "approved") {
    res.status(403).json({ type: "not_allowed", message: NOT_APPROVED[status] })
    return
  }
  next()
}
