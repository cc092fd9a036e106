import type { IOrderModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Input = { cooperative_id: string; return_id: string }

// Medusa puts received stock back at the return's location and fails with a bare Error when a return has none; the
// goods come back to the cooperative, so a return requested without a location gets the cooperative's own.
/** Sets the cooperative's stock location on a return that has none; the compensation clears it again. */
export const ensureReturnLocationStep = createStep(
  "ensure-return-location",
  async (input: Input, { container }) => {
    const orders = container.resolve<IOrderModuleService>(Modules.ORDER)
    const [found] = await orders.listReturns({ id: input.return_id }, { select: ["id", "location_id"] })
    if (!found || found.location_id) return new StepResponse(undefined, null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cooperative",
      fields: ["stock_location.id"],
      filters: { id: input.cooperative_id },
    })
    const location = (data[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id
    if (!location) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Your cooperative has no stock location")
    await orders.updateReturns([{ selector: { id: input.return_id }, data: { location_id: location } }])
    return new StepResponse(undefined, input.return_id)
  },
  async (returnId, { container }) => {
    if (!returnId) return
    const orders = container.resolve<IOrderModuleService>(Modules.ORDER)
    await orders.updateReturns([{ selector: { id: returnId }, data: { location_id: null } }])
  },
)
