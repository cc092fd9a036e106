import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { HouseholdIncomeParams } from "../validators"
import { readOwnHouseholdIncome } from "./own-income"

/** Each household's income in the month (supply + dividend, net of reversals) and the village collective's. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { period } = req.validatedQuery as HouseholdIncomeParams
  res.json(await readOwnHouseholdIncome(req, period))
}
