import type { ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type LiveStamp = { live_session_id: string; host_id: string; live_link_id: string | null }
export type StampLiveCartInput = { cart_id: string; stamp: LiveStamp | null }

const KEYS = ["live_session_id", "host_id", "live_link_id"] as const

/**
 * Writes (or, with a null stamp, removes) the session stamp in the cart's metadata, keeping other keys; Medusa copies
 * cart metadata to the order, which is how the order, the relief ledger and the host's panel learn the session.
 */
export const stampLiveCartStep = createStep(
  "stamp-live-cart",
  async (input: StampLiveCartInput, { container }) => {
    const carts = container.resolve<ICartModuleService>(Modules.CART)
    const cart = await carts.retrieveCart(input.cart_id, { select: ["id", "metadata"] })
    const before = (cart.metadata ?? {}) as Record<string, unknown>
    // Medusa merges metadata on update and drops a key whose value is "", which is how the stamp comes off.
    const cleared = Object.fromEntries(KEYS.map((k) => [k, ""]))
    await carts.updateCarts(input.cart_id, { metadata: { ...cleared, ...(input.stamp ?? {}) } })
    return new StepResponse(undefined, { id: input.cart_id, metadata: before })
  },
  async (previous, { container }) => {
    if (!previous) return
    const restore = Object.fromEntries(KEYS.map((k) => [k, previous.metadata[k] ?? ""]))
    await container.resolve<ICartModuleService>(Modules.CART).updateCarts(previous.id, { metadata: restore })
  },
)
