import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { HouseholdIncomeAnswer } from "@fengshou/store-contract"
import { env } from "../../../../env"
import { decryptHouseholdName } from "../../../../lib/household-pii"
import { readHouseholdIncome } from "../../../../queries/cooperative/household-income"
import { cooperativeActor } from "../../cooperative-actor"

/**
 * The caller's households' income in `period` (HouseholdIncomeAnswerSchema), names decrypted: this cooperative's
 * own routes are the only place a household name is opened, and the query reads only its households.
 */
export async function readOwnHouseholdIncome(
  req: AuthenticatedMedusaRequest,
  period: string,
): Promise<HouseholdIncomeAnswer> {
  const { cooperativeId } = cooperativeActor(req)
  const read = await readHouseholdIncome(req.scope, cooperativeId, period)
  return {
    ...read,
    households: read.households.map(({ name_ciphertext, ...h }) => ({
      ...h,
      name: name_ciphertext ? decryptHouseholdName(name_ciphertext, cooperativeId, env.HOUSEHOLD_DATA_KEY) : null,
    })),
  }
}
