import type { IOrderModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Input = { order_id: string; reason: string; staff_id: string }
type Previous = { order_id: string; metadata: Record<string, unknown> | null }

/** Writes why the cooperative canceled an order into its metadata; the compensation puts the old metadata back. */
export const setCancelReasonStep = createStep(
  "set-cancel-reason",
  async (input: Input, { container }) => {
    const orders = container.resolve<IOrderModuleService>(Modules.ORDER)
    const order = await orders.retrieveOrder(input.order_id, { select: ["id", "metadata"] })
    const metadata = { ...(order.metadata ?? {}), cancel_reason: input.reason, canceled_by_staff_id: input.staff_id }
    await orders.updateOrders(input.order_id, { metadata })
    return new StepResponse(undefined, { order_id: input.order_id, metadata: order.metadata ?? null } as Previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const orders = container.resolve<IOrderModuleService>(Modules.ORDER)
    await orders.updateOrders(previous.order_id, { metadata: previous.metadata ?? {} })
  },
)
