"use client"

import { lazy, Suspense, useState } from "react"
import { useCartDrawer } from "./cart-drawer-context"

// Most visitors never open the cart: the sheet, its lines, steppers, photos and live-hold countdowns stay out of every
// page's first download and load when the drawer is first opened (React's own lazy, not next/dynamic, which is ~1 KB
// gzip more on every page). The header's button starts loading it when a pointer or focus reaches it.
const loadSheet = () => import("./cart-drawer-sheet")
const CartDrawerSheet = lazy(() => loadSheet().then((m) => ({ default: m.CartDrawerSheet })))

/** Starts loading the drawer's code before it is opened (the shopper is about to, or an add is under way). */
export const preloadCartDrawer = () => void loadSheet()

/** The cart drawer, once it has been opened in this tab (it then stays mounted, closed, like a dialog does). */
export function CartDrawer() {
  const { isOpen } = useCartDrawer()
  const [opened, setOpened] = useState(false)
  if (isOpen && !opened) setOpened(true)
  return opened ? (
    <Suspense fallback={null}>
      <CartDrawerSheet />
    </Suspense>
  ) : null
}
