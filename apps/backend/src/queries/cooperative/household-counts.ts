import type { MedusaContainer } from "@medusajs/framework/types"
import { countsAsBenefited, type HouseholdStatus } from "@fengshou/relief-core"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export type HouseholdCounts = { households: number; households_supported: number; persons_supported: number }

/**
 * Per cooperative: member households, and the 脱贫户/监测户 among them with their persons. Counts only: no
 * codes, names or ids ever leave this function, which reads only status and size.
 */
export async function householdCounts(container: MedusaContainer, cooperativeIds: string[]) {
  const counts = new Map<string, HouseholdCounts>(
    cooperativeIds.map((id) => [id, { households: 0, households_supported: 0, persons_supported: 0 }]),
  )
  if (!cooperativeIds.length) return counts
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const rows = await service.listHouseholds(
    { cooperative_id: cooperativeIds },
    { select: ["cooperative_id", "status", "size"], take: null },
  )
  for (const row of rows as unknown as { cooperative_id: string; status: HouseholdStatus; size: number }[]) {
    const c = counts.get(row.cooperative_id)
    if (!c) continue
    c.households += 1
    if (countsAsBenefited(row.status)) {
      c.households_supported += 1
      c.persons_supported += row.size
    }
  }
  return counts
}
