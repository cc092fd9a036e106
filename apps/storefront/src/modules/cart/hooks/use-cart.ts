"use client"
// The cart in the browser: one react-query entry, seeded by the server render, refreshed from GET /api/cart,
// written through server actions. Quantity changes and removals show at once (optimistic) and roll back on error.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ActionErrorKey } from "@/lib/action-error"
import type { CartView } from "@/lib/view/cart"
import { withQuantity } from "@/lib/view/cart-quantity"
import { addToCart, updateQuantity, type CartActionResult } from "../actions"

export const CART_KEY = ["cart"] as const

/** A failed cart action; `key` picks the message the shopper sees. */
export class CartActionError extends Error {
  constructor(readonly key: ActionErrorKey) {
    super(`cart action failed: ${key}`)
  }
}

/** Cart action error → its "cart.error…" message key. */
export const CART_ERRORS = {
  soldOut: "errorSoldOut",
  unavailable: "errorUnavailable",
  notFound: "errorNotFound",
  failed: "errorFailed",
} as const satisfies Record<ActionErrorKey, string>

async function fetchCart(): Promise<CartView | null> {
  const response = await fetch("/api/cart", { cache: "no-store" })
  if (!response.ok) throw new CartActionError(response.status === 503 ? "unavailable" : "failed")
  return ((await response.json()) as { cart: CartView | null }).cart
}

function unwrap(result: CartActionResult): CartView | null {
  if (!result.ok) throw new CartActionError(result.error)
  return result.cart
}

export function useCart() {
  return useQuery({ queryKey: CART_KEY, queryFn: fetchCart, staleTime: 30_000 })
}

export function useAddToCart() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: Parameters<typeof addToCart>[0]) => unwrap(await addToCart(input)),
    onSuccess: (cart) => queryClient.setQueryData(CART_KEY, cart),
  })
}

type QuantityChange = { lineId: string; quantity: number }

/** Sets a line's quantity (0 removes it), showing the result before the server answers. */
export function useUpdateQuantity() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (change: QuantityChange) => unwrap(await updateQuantity(change)),
    onMutate: async ({ lineId, quantity }) => {
      // A refetch landing now would overwrite the optimistic cart with the old one.
      await queryClient.cancelQueries({ queryKey: CART_KEY })
      const previous = queryClient.getQueryData<CartView | null>(CART_KEY)
      if (previous) queryClient.setQueryData(CART_KEY, withQuantity(previous, lineId, quantity))
      return { previous }
    },
    onError: (_error, _change, context) => queryClient.setQueryData(CART_KEY, context?.previous ?? null),
    onSuccess: (cart) => queryClient.setQueryData(CART_KEY, cart),
  })
}
