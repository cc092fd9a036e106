"use client"

import type { ReactNode } from "react"
import { BackendProvider } from "@/lib/backend-context"
import type { BackendClientConfig } from "@/lib/data/product-stock"
import type { CartView } from "@/lib/view/cart"
import { CartDrawerProvider } from "@/modules/cart/components/cart-drawer-context"
import { CartStoreProvider } from "@/modules/cart/hooks/use-cart"

type ProvidersProps = {
  backend: BackendClientConfig | null
  /** The cart read during the server render, so the header count is right in the first HTML. */
  initialCart: CartView | null | undefined
  children: ReactNode
}

/**
 * What every page's client components share: the backend for browser reads, the tab's cart and the drawer. No query
 * library here: the sections that use react-query (checkout, account, live, portals) bring their own QueryProvider,
 * so the catalog pages never load it.
 */
export function Providers({ backend, initialCart, children }: ProvidersProps) {
  return (
    <BackendProvider value={backend}>
      <CartStoreProvider initialCart={initialCart}>
        <CartDrawerProvider>{children}</CartDrawerProvider>
      </CartStoreProvider>
    </BackendProvider>
  )
}
