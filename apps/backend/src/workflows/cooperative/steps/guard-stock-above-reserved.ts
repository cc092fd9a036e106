import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type StockUpdate = { inventory_item_id: string; location_id: string; stocked_quantity: number }

// Stock below what orders not yet shipped have reserved would sell units that do not exist (库存 0, 可售 −12):
// refused here, inside the workflow and before any write, against Medusa's own reserved_quantity.
/** Refuses a stocked quantity below the reserved quantity of its inventory level (read-only). */
export const guardStockAboveReservedStep = createStep(
  "guard-stock-above-reserved",
  async (input: { updates: StockUpdate[]; titles: Record<string, string | null> }, { container }) => {
    if (!input.updates.length) return new StepResponse(undefined)
    const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({
      inventory_item_id: input.updates.map((u) => u.inventory_item_id),
    })
    for (const u of input.updates) {
      const level = levels.find((l) => l.inventory_item_id === u.inventory_item_id && l.location_id === u.location_id)
      const reserved = Number(level?.reserved_quantity ?? 0)
      if (u.stocked_quantity < reserved) {
        const size = input.titles[u.inventory_item_id]
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${reserved} units of ${size ? `size ${size}` : "this size"} are reserved by orders not yet shipped; ` +
            `set the stock to ${reserved} or more`,
        )
      }
    }
    return new StepResponse(undefined)
  },
)
