import { divisionLabel, type DivisionNames } from "../../lib/divisions/resolve-division"
import type { HouseholdCounts } from "../../queries/cooperative/household-counts"

export type PublicCooperativeRow = {
  id: string
  handle: string
  name_zh: string
  name_en: string
  credit_code: string
  division_code: string
  region: unknown
  story_zh: string | null
  story_en: string | null
  benefit_mechanisms: string[]
}

/** The fields of a cooperative that anyone may see, picked one by one; the profile adds status notes to them. */
export function publicFields(c: PublicCooperativeRow) {
  return {
    id: c.id,
    handle: c.handle,
    name_zh: c.name_zh,
    name_en: c.name_en,
    credit_code: c.credit_code,
    division_code: c.division_code,
    region: c.region,
    story_zh: c.story_zh,
    story_en: c.story_en,
    benefit_mechanisms: c.benefit_mechanisms,
  }
}

/** A cooperative as shoppers see it: an explicit list of public fields (no status notes, no staff). */
export function serializePublicCooperative(c: PublicCooperativeRow, counts: HouseholdCounts | undefined) {
  const region = c.region as DivisionNames
  return {
    ...publicFields(c),
    region,
    region_label: divisionLabel(region),
    households: counts?.households ?? 0,
    households_supported: counts?.households_supported ?? 0,
    persons_supported: counts?.persons_supported ?? 0,
  }
}
