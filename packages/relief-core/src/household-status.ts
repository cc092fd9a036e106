/** A household's standing in the relief programme, as recorded by its cooperative. */
export const HOUSEHOLD_STATUSES = ["registered_poor", "monitored", "member"] as const
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number]

/** The statuses a relief report counts and splits its household figures by: 脱贫户 first, then 监测户. */
export const BENEFITED_STATUSES = ["registered_poor", "monitored"] as const
export type BenefitedStatus = (typeof BENEFITED_STATUSES)[number]

export function isHouseholdStatus(value: unknown): value is HouseholdStatus {
  return typeof value === "string" && (HOUSEHOLD_STATUSES as readonly string[]).includes(value)
}

/**
 * Officials report relief for 脱贫户 (registered_poor) and 防返贫监测户 (monitored) only; ordinary members still
 * receive their share of the money but are not "households benefited" in the relief sense.
 */
export function countsAsBenefited(status: HouseholdStatus): status is BenefitedStatus {
  return status === "registered_poor" || status === "monitored"
}
