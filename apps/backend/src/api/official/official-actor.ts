import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { DivisionNames } from "../../lib/divisions/resolve-division"
import { OFFICIAL_MODULE } from "../../modules/official"
import { scopeFromNames } from "../../modules/official/region-scope"
import type OfficialModuleService from "../../modules/official/service"
import type { OfficialActor } from "../../queries/official/official-actor"
import type { OfficialRow } from "../../serializers/official/serialize-official"

export type { OfficialActor }

const actors = new WeakMap<object, OfficialActor>()

/** The actor loadOfficialActor attached to this request; a route without it is a wiring bug. */
export function officialActor(req: object): OfficialActor {
  const actor = actors.get(req)
  if (!actor) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as an official first.")
  return actor
}

/**
 * Resolves the token's actor (app_metadata.official_id) to the official and their region scope. A disabled
 * official is refused on every route, from the next request after the operator disabled them.
 */
export async function loadOfficialActor(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const id = req.auth_context?.actor_id
  const service = req.scope.resolve<OfficialModuleService>(OFFICIAL_MODULE)
  const [official] = id ? await service.listOfficials({ id }) : []
  if (!official) {
    res.status(401).json({
      type: "unauthorized",
      message: "This login is not an official's; ask the platform operator for an official account.",
    })
    return
  }
  if (official.status !== "active") {
    res.status(403).json({
      type: "not_allowed",
      message: "This official account is disabled by the platform operator; contact them to have it enabled again.",
    })
    return
  }
  const row = official as OfficialRow
  actors.set(req, { official: row, scope: scopeFromNames(row.region_code, row.region as DivisionNames) })
  next()
}
