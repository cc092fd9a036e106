import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import type { CooperativeStatus } from "../../modules/cooperative/models/cooperative"

/** Who is calling a /cooperative route: always derived from the token, never from the body or query. */
export type CooperativeActor = {
  staffId: string
  cooperativeId: string
  status: CooperativeStatus
  /** Pending again after renaming an approved cooperative: it still owes its buyers the orders they placed. */
  renamed: boolean
}

const actors = new WeakMap<object, CooperativeActor>()
const REGISTER_PATH = /^\/cooperative\/register\/?$/
// A sign-up token may also upload its licence (uploads/middlewares.ts allows it only that purpose).
const UPLOADS_PATH = /^\/cooperative\/uploads\/?$/

/** The actor loadCooperativeActor attached to this request; a route without it is a wiring bug. */
export function cooperativeActor(req: object): CooperativeActor {
  const actor = actors.get(req)
  if (!actor) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as cooperative staff first.")
  return actor
}

/** The actor when the token names a staff member; undefined for a sign-up token on /cooperative/uploads. */
export function findCooperativeActor(req: object): CooperativeActor | undefined {
  return actors.get(req)
}

/**
 * Resolves the signed-in staff member (the token's actor_id, per Medusa's `cooperative_id` app_metadata
 * convention) to their cooperative. Registration is the one route whose caller has no staff row yet.
 */
export async function loadCooperativeActor(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const path = req.originalUrl.split("?")[0] ?? ""
  if (REGISTER_PATH.test(path)) return next()
  const staffId = req.auth_context?.actor_id
  if (!staffId && UPLOADS_PATH.test(path) && req.method === "POST") return next()
  if (!staffId) {
    res
      .status(401)
      .json({ message: "This login has no cooperative yet: finish sign-up with POST /cooperative/register." })
    return
  }
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [staff] = await service.listCooperativeStaffs({ id: staffId }, { relations: ["cooperative"] })
  if (!staff?.cooperative) {
    res.status(401).json({ message: "This staff account no longer exists; ask your cooperative to add you again." })
    return
  }
  actors.set(req, {
    staffId,
    cooperativeId: staff.cooperative.id,
    status: staff.cooperative.status,
    renamed: staff.cooperative.status === "pending" && Boolean(staff.cooperative.previous_identity),
  })
  next()
}

const NOT_APPROVED: Record<Exclude<CooperativeStatus, "approved">, string> = {
  pending:
    "Your cooperative is waiting for approval by the platform operator. Until then you can read and edit your " +
    "profile, but not products, lots, households or orders.",
  rejected:
    "The platform operator rejected your sign-up; the reason is on your profile (status_reason). Correct your " +
    "profile or licence (POST /cooperative/me) to send it back for review.",
  suspended:
    "Your cooperative is suspended by the platform operator, so it cannot change products, lots, households or " +
    "orders. Contact the operator to have it reinstated.",
}

/** Writes other than the profile need an approved cooperative: 403 with what to do otherwise. */
export function requireApprovedCooperative(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const { status } = cooperativeActor(req)
  if (status !== "approved") {
    res.status(403).json({ type: "not_allowed", message: NOT_APPROVED[status] })
    return
  }
  next()
}

/**
 * Orders and returns already placed: an approved cooperative, or one back in review after a rename (it sells
 * nothing new until re-approved, but its buyers still get what they paid for and their refunds).
 */
export function requireOrdersCooperative(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  if (cooperativeActor(req).renamed) return next()
  requireApprovedCooperative(req, res, next)
}

/** Profile edits are open while pending or rejected (to fix what the operator asks for), closed while suspended. */
export function refuseSuspendedCooperative(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  if (cooperativeActor(req).status === "suspended") {
    res.status(403).json({ type: "not_allowed", message: NOT_APPROVED.suspended })
    return
  }
  next()
}
