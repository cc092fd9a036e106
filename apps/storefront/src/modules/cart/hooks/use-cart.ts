"use client"
// The cart in the browser: the tab's cart store (../store/cart-store.ts), seeded by the server render, refreshed from
// GET /api/cart, written through server actions: "add to cart" calls store.write itself, the cart's lines through
// use-update-quantity.ts (in the drawer's own chunk), so a page loads only the writes it makes.
import { useLocale } from "next-intl"
import { createContext, createElement, use, useEffect, useLayoutEffect, useState, useSyncExternalStore } from "react"
import type { ReactNode } from "react"
import { cartLocale } from "@/i18n/cart-locale"
import type { ActionErrorKey } from "@/lib/action-error"
import type { CartView } from "@/lib/view/cart"
import { setCartLocale } from "../actions"
import { createCartStore, type CartStore } from "../store/cart-store"

/** Cart action error → its "cart.error…" message key. */
export const CART_ERRORS = {
  soldOut: "errorSoldOut",
  unavailable: "errorUnavailable",
  notFound: "errorNotFound",
  failed: "errorFailed",
} as const satisfies Record<ActionErrorKey, string>

async function readCart(): Promise<CartView | null> {
  const response = await fetch("/api/cart", { cache: "no-store" })
  // A failed read shows no message of its own (the store marks it failed and keeps what it showed).
  if (!response.ok) throw new Error(`GET /api/cart answered ${response.status}`)
  return ((await response.json()) as { cart: CartView | null }).cart
}

const CartStoreContext = createContext<CartStore | null>(null)

/**
 * One store per browser tab (the root layout stays mounted across navigations) and per server render. It also keeps
 * the cart's language in step with the page's: the cart cookie is not tied to a language, so switching zh-CN ⇄ en
 * keeps the cart, and Medusa is asked to re-translate its line titles into the language now shown.
 */
export function CartStoreProvider({
  initialCart,
  children,
}: {
  initialCart: CartView | null | undefined
  children: ReactNode
}) {
  const [store] = useState(() => createCartStore(initialCart, { readCart }))
  const locale = useLocale()
  useEffect(() => {
    let asked: string | null = null
    const follow = () => {
      const { cart } = store.getSnapshot()
      if (!cart || cart.locale === cartLocale(locale) || asked === cart.id) return
      asked = cart.id
      void setCartLocale(locale).then((result) => result.ok && store.set(result.cart))
    }
    follow()
    return store.subscribe(follow)
  }, [store, locale])
  // Like a tab coming back to the shop after a while: the cart may have changed in another tab.
  useEffect(() => {
    const onVisible = () => document.visibilityState === "visible" && void store.refreshIfStale()
    document.addEventListener("visibilitychange", onVisible)
    return () => document.removeEventListener("visibilitychange", onVisible)
  }, [store])
  return createElement(CartStoreContext, { value: store }, children)
}

/** The tab's cart store, for writes and refreshes (sign-in, checkout steps, live pages). */
export function useCartStore(): CartStore {
  const store = use(CartStoreContext)
  if (!store) throw new Error("useCartStore needs a CartStoreProvider")
  return store
}

/**
 * A page that reads the cart on the server (the checkout) hands each read to the tab's store: the store may hold
 * another cart or none (the held page's one step makes the cart in a server action that answers with the checkout
 * itself), or an older read of it (a step just saved and refreshed the page). Before paint, so nothing shows the old
 * cart, and before any component's effects, so none reads it again. A client re-render passes the same read, so only
 * a new server render sets it.
 */
export function useServerCart(cart: CartView): void {
  const store = useCartStore()
  useLayoutEffect(() => store.set(cart), [store, cart])
}

/** The shopper's cart; `isPending` until it is first read (the server render could not reach the backend). */
export function useCart(): { cart: CartView | null | undefined; isPending: boolean } {
  const store = useCartStore()
  const { cart, failed } = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot)
  // A cart shown for the first time in a while (the drawer opened, a page mounted) is read again.
  useEffect(() => void store.refreshIfStale(), [store])
  return { cart, isPending: cart === undefined && !failed }
}
