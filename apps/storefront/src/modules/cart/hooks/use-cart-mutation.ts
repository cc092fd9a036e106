"use client"

import { useCallback, useState } from "react"
import type { CartView } from "@/lib/view/cart"
import { CartActionError, type CartStore } from "../store/cart-store"
import { useCartStore } from "./use-cart"

export type CartMutation<I> = {
  mutate: (input: I, callbacks?: { onSuccess?: (cart: CartView | null) => void }) => void
  isPending: boolean
  error: CartActionError | null
}

/** The pending state and error of this component's latest cart write, like a form's. */
export function useCartMutation<I>(run: (store: CartStore, input: I) => Promise<CartView | null>): CartMutation<I> {
  const store = useCartStore()
  const [state, setState] = useState<{ id: number; pending: boolean; error: CartActionError | null }>({
    id: 0,
    pending: false,
    error: null,
  })
  const [latest] = useState(() => ({ id: 0 }))
  const mutate = useCallback<CartMutation<I>["mutate"]>(
    (input, callbacks) => {
      const id = ++latest.id
      setState({ id, pending: true, error: null })
      run(store, input).then(
        (cart) => {
          if (id !== latest.id) return
          setState({ id, pending: false, error: null })
          callbacks?.onSuccess?.(cart)
        },
        (error: unknown) => {
          if (id !== latest.id) return
          setState({
            id,
            pending: false,
            error: error instanceof CartActionError ? error : new CartActionError("failed"),
          })
        },
      )
    },
    [store, run, latest],
  )
  return { mutate, isPending: state.pending, error: state.error }
}
