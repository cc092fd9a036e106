import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"

const alreadySold = (sold: number) =>
  new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${sold} already sold in this session, so it stays on record; set its stock_cap to ${sold} to stop selling it.`,
  )

/**
 * Removes a session product nobody has bought (soft delete; compensation restores it). A checkout claiming units
 * at the same moment is caught by reading `sold` again after the delete.
 */
export const deleteSessionProductStep = createStep(
  "delete-live-session-product",
  async (id: string, { container }) => {
    const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const before = await service.retrieveSessionProduct(id)
    if (before.sold > 0) throw alreadySold(before.sold)
    await service.softDeleteSessionProducts(id)
    const [after] = await service.listSessionProducts({ id }, { withDeleted: true, select: ["id", "sold"] })
    if (after && after.sold > 0) {
      await service.restoreSessionProducts(id)
      throw alreadySold(after.sold)
    }
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).restoreSessionProducts(id)
  },
)
