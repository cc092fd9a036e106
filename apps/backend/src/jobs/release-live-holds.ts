import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../modules/livestream"
import type LivestreamModuleService from "../modules/livestream/service"

/**
 * Every minute: unpaid holds (库存预扣) past their end give their units back to the live offers' caps. Claims and the
 * countdown's read also release the expired holds they meet, so a hold never outlives its minute by more than this.
 */
export default async function releaseLiveHoldsJob(container: MedusaContainer) {
  const units = await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).releaseExpiredHolds()
  if (units) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Live holds expired: ${units} units back on sale`)
}

export const config = { name: "release-live-holds", schedule: "* * * * *" }
