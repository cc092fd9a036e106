import { divisionLabel, type DivisionNames } from "../../../lib/divisions/resolve-division"
import type { HouseholdCounts } from "./household-counts"

type PublicRow = {
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

/** A cooperative as shoppers see it: an explicit list of public fields (no status notes, no staff). */
export function serializePublicCooperative(c: PublicRow, counts: HouseholdCounts | undefined) {
  const region = c.region as DivisionNames
  return {
    id: c.id,
    handle: c.handle,
    name_zh: c.name_zh,
    name_en: c.name_en,
    credit_code: c.credit_code,
    division_code: c.division_code,
    region,
    region_label: divisionLabel(region),
    story_zh: c.story_zh,
    story_en: c.story_en,
    benefit_mechanisms: c.benefit_mechanisms,
    households: counts?.households ?? 0,
    households_supported: counts?.households_supported ?? 0,
    persons_supported: counts?.persons_supported ?? 0,
  }
}
