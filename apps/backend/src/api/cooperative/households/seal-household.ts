import { env } from "../../../env"
import { encryptHouseholdName, hashIdNumber } from "../../../lib/household-pii"
import type { SealedHousehold } from "../../../workflows/cooperative/steps/create-households"
import type { UpdateHouseholdBody } from "../validators"

/**
 * Turns name and ID number into ciphertext and keyed hash here, at the edge, so the plaintext never enters
 * workflow state (which the Redis workflow engine may persist). `null` erases a stored value; absent keeps it.
 */
export function sealHousehold(body: UpdateHouseholdBody, cooperativeId: string): Partial<SealedHousehold> {
  const { name, id_number, ...rest } = body
  return {
    ...rest,
    ...(name !== undefined
      ? { name_ciphertext: name ? encryptHouseholdName(name, cooperativeId, env.HOUSEHOLD_DATA_KEY) : null }
      : {}),
    ...(id_number !== undefined
      ? { id_number_hash: id_number ? hashIdNumber(id_number, env.HOUSEHOLD_HASH_KEY) : null }
      : {}),
  }
}
