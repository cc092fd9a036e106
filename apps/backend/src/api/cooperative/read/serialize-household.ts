import { env } from "../../../env"
import { decryptHouseholdName } from "../../../lib/household-pii"

type HouseholdRow = {
  id: string
  code: string
  size: number
  status: string
  village_code: string
  share_weight: number
  name_ciphertext: string | null
  id_number_hash: string | null
  created_at?: Date | string
}

/**
 * A household as its own cooperative sees it: the name decrypted, the ID number never (only whether one is on
 * file). Only /cooperative routes use this; public and official payloads carry counts, not households.
 */
export function serializeOwnHousehold(row: HouseholdRow, cooperativeId: string) {
  return {
    id: row.id,
    code: row.code,
    size: row.size,
    status: row.status,
    village_code: row.village_code,
    share_weight: row.share_weight,
    name: row.name_ciphertext ? decryptHouseholdName(row.name_ciphertext, cooperativeId, env.HOUSEHOLD_DATA_KEY) : null,
    has_id_number: Boolean(row.id_number_hash),
    created_at: row.created_at,
  }
}
