import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { serializeOwnLot } from "../read/serialize-lot"

/** One of the cooperative's lots with its contributions; 404 for another cooperative's lot. */
export async function readOwnLot(container: MedusaContainer, cooperativeId: string, lotId: string) {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [lot] = await service.listLots(
    { id: lotId, cooperative_id: cooperativeId },
    { relations: ["contributions", "contributions.household"] },
  )
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot ${lotId} was not found in your cooperative`)
  return serializeOwnLot(lot)
}
