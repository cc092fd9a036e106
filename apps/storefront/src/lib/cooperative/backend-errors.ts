// The backend answers a bad write with an English sentence that says what to fix. The ones a clerk can cause
// are recognised here and named by a key (shown in the clerk's language, next to the field); anything else
// is shown as the backend wrote it.
import type { CooperativeFieldError } from "./schemas"

export type CooperativeFormError = "notApproved" | "overFulfil" | "mixedProfiles" | "rejected"
export type MappedBackendError = { field?: [string, CooperativeFieldError]; form?: CooperativeFormError }

const RULES: [RegExp, MappedBackendError][] = [
  [/appears twice|already has a contribution/i, { field: ["householdId", "householdRepeated"] }],
  [/unknown household/i, { field: ["householdId", "householdUnknown"] }],
  [/contributions add up to/i, { field: ["quantity", "exceedsLot"] }],
  [/household code .* already on your roster/i, { field: ["code", "codeTaken"] }],
  [/village_code .* not in the national division data/i, { field: ["villageCode", "villageUnknown"] }],
  [
    /must be harvested within|harvest_date .* (is in the future|is before 2000)/i,
    { field: ["harvestDate", "harvestWindow"] },
  ],
  [/id_number/i, { field: ["idNumber", "idNumber"] }],
  [/ID number is already on your roster/i, { field: ["idNumber", "idNumberTaken"] }],
  [/reserved by orders not yet shipped/i, { field: ["stock", "stockBelowReserved"] }],
  [/has been sold, so its weight stays as sold/i, { field: ["weightG", "weightSold"] }],
  [/left to fulfil/i, { form: "overFulfil" }],
  [/cold-chain and ambient items separately/i, { form: "mixedProfiles" }],
]

/** Maps a 4xx from /cooperative/* to a field or form error key; "rejected" when the message is not known. */
export function mapBackendError(status: number, message: string): MappedBackendError {
  if (status === 403) return { form: "notApproved" }
  return RULES.find(([pattern]) => pattern.test(message))?.[1] ?? { form: "rejected" }
}
