"use client"

import { createContext, use, useMemo, useState, type ReactNode } from "react"

type CartDrawer = { isOpen: boolean; open: () => void; close: () => void }

const CartDrawerContext = createContext<CartDrawer | null>(null)

/** Open state of the cart drawer, shared by the header button, "add to cart" and the drawer itself. */
export function useCartDrawer(): CartDrawer {
  const drawer = use(CartDrawerContext)
  if (!drawer) throw new Error("useCartDrawer needs a CartDrawerProvider")
  return drawer
}

export function CartDrawerProvider({ children }: { children: ReactNode }) {
  const [isOpen, setOpen] = useState(false)
  const value = useMemo(() => ({ isOpen, open: () => setOpen(true), close: () => setOpen(false) }), [isOpen])
  return <CartDrawerContext value={value}>{children}</CartDrawerContext>
}
