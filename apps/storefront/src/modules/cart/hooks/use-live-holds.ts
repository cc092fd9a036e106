"use client"
// The cart's live holds in the browser, read straight from the backend with the publishable key (like the session
// banner). Read once per list of lines (the drawer's, the cart page's, the checkout summary's) and handed to each
// line's countdown, so a changed line or a new live item reads them again.
import { useMemo } from "react"
import { useBackend } from "@/lib/backend-context"
import { fetchCartHolds } from "@/lib/data/live"
import type { CartView } from "@/lib/view/cart"
import { holdsByVariant, type LineHold } from "@/lib/view/live-hold"
import { useFetched } from "@/modules/common/hooks/use-fetched"

/** `fresh`: read for the cart's lines as they are now (not the previous lines' holds standing in meanwhile). */
export type LiveHoldsState = { byVariant: Map<string, LineHold>; offsetMs: number; fresh: boolean }

/** `holds` is null until read, and for a cart no live session stamped (only those can hold units). */
export function useLiveHolds(cart: CartView | null | undefined): { holds: LiveHoldsState | null; reload: () => void } {
  const backend = useBackend()
  const cartId = cart?.liveSessionId ? cart.id : null
  const lines = cart?.lines.map((l) => `${l.variantId}:${l.quantity}`).join(",") ?? ""
  // A changed line reads the holds again; the countdown keeps showing the same cart's last ones meanwhile instead of
  // blinking.
  const { data, isPlaceholder, reload } = useFetched(
    cartId && backend ? `${cartId}|${lines}` : null,
    (signal) => fetchCartHolds(backend!, cartId!, signal),
    { keepPrevious: (previousKey) => previousKey.startsWith(`${cartId}|`) },
  )
  const holds = useMemo(
    () => (data ? { byVariant: holdsByVariant(data.holds), offsetMs: data.offsetMs, fresh: !isPlaceholder } : null),
    [data, isPlaceholder],
  )
  return { holds, reload }
}
