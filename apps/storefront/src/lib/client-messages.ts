// Which message namespaces the browser gets. Client components format their strings in the browser, so their
// namespaces ride along in every page's HTML; the rest stay on the server.
import type { Messages } from "next-intl"

/** What the layout's client components (header, cart button and drawer) and the catalog's (add to cart, stock) use. */
export const SHOP_NAMESPACES = [
  "stock",
  "error",
  "header",
  "cart",
  "product",
  "liveHold",
] as const satisfies readonly (keyof Messages)[]

/** Checkout and the account pages add their forms' strings (address fields, sign-in, field errors). */
export const CHECKOUT_NAMESPACES = [
  ...SHOP_NAMESPACES,
  "checkout",
  "fieldErrors",
  "account",
] as const satisfies readonly (keyof Messages)[]
