"use client"
// The cart's live holds in the browser: one react-query entry per cart and its lines, read straight from the backend
// with the publishable key (like the session banner), so a changed line or a new live item reads them again.
import { useQuery } from "@tanstack/react-query"
import { useMemo } from "react"
import { useBackend } from "@/lib/backend-context"
import { fetchCartHolds, LIVE_HOLDS_KEY } from "@/lib/data/live"
import { holdsByVariant, type LineHold } from "@/lib/view/live-hold"
import { useCart } from "./use-cart"

/** `fresh`: read for the cart's lines as they are now (not the previous lines' holds standing in meanwhile). */
export type LiveHoldsState = { byVariant: Map<string, LineHold>; offsetMs: number; fresh: boolean }

/** Null until read, and for a cart no live session stamped (only those can hold units). */
export function useLiveHolds(): LiveHoldsState | null {
  const backend = useBackend()
  const { data: cart } = useCart()
  const cartId = cart?.liveSessionId ? cart.id : null
  const lines = cart?.lines.map((l) => `${l.variantId}:${l.quantity}`).join(",") ?? ""
  const { data, isPlaceholderData } = useQuery({
    queryKey: [...LIVE_HOLDS_KEY, cartId, lines],
    queryFn: ({ signal }) => fetchCartHolds(backend!, cartId!, signal),
    enabled: Boolean(cartId && backend),
    staleTime: 30_000,
    // A changed line reads the holds again; the countdown keeps showing the same cart's last ones meanwhile instead
    // of blinking.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === cartId ? previous : undefined),
  })
  return useMemo(
    () => (data ? { byVariant: holdsByVariant(data.holds), offsetMs: data.offsetMs, fresh: !isPlaceholderData } : null),
    [data, isPlaceholderData],
  )
}
