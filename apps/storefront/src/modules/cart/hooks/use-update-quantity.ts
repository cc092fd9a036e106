"use client"

import { withQuantity } from "@/lib/view/cart-quantity"
import { updateQuantity } from "../actions"
import type { CartStore } from "../store/cart-store"
import { useCartMutation } from "./use-cart-mutation"

type QuantityChange = { lineId: string; quantity: number }

const change = (store: CartStore, { lineId, quantity }: QuantityChange) =>
  store.write(
    () => updateQuantity({ lineId, quantity }),
    (cart) => withQuantity(cart, lineId, quantity),
  )

/** Sets a line's quantity (0 removes it), showing the result before the server answers and rolling back on error. */
export function useUpdateQuantity() {
  return useCartMutation(change)
}
