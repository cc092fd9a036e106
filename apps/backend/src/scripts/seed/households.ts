import type { MedusaContainer } from "@medusajs/framework/types"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { createHouseholdsWorkflow } from "../../workflows/cooperative/create-households"
import type { SeededCooperative } from "./cooperatives"
import type { DemoCooperative } from "./cooperatives-data"

/** Each demo cooperative's pseudonymous households, by code; codes already on a roster are skipped. */
export async function ensureHouseholds(
  container: MedusaContainer,
  demo: DemoCooperative[],
  seeded: Map<string, SeededCooperative>,
) {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  let created = 0
  for (const coop of demo) {
    const cooperativeId = seeded.get(coop.handle)!.id
    const existing = await service.listHouseholds({ cooperative_id: cooperativeId }, { select: ["code"], take: null })
    const missing = coop.households.filter((h) => !existing.some((e) => e.code === h.code))
    if (!missing.length) continue
    await createHouseholdsWorkflow(container).run({
      input: {
        cooperative_id: cooperativeId,
        households: missing.map((h) => ({ ...h, village_code: coop.village_code })),
      },
    })
    created += missing.length
  }
  return { created }
}
