"use client"

import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { useState, type ReactNode } from "react"
import { BackendProvider } from "@/lib/backend-context"
import type { BackendClientConfig } from "@/lib/data/product-stock"
import type { CartView } from "@/lib/view/cart"
import { CartDrawerProvider } from "@/modules/cart/components/cart-drawer-context"
import { CART_KEY } from "@/modules/cart/hooks/use-cart"

type ProvidersProps = {
  backend: BackendClientConfig | null
  /** The cart read during the server render, so the header count is right in the first HTML. */
  initialCart: CartView | null | undefined
  children: ReactNode
}

export function Providers({ backend, initialCart, children }: ProvidersProps) {
  // One client per browser tab (and per server render), never shared between requests.
  const [queryClient] = useState(() => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: 15_000, retry: 1 } } })
    if (initialCart !== undefined) client.setQueryData(CART_KEY, initialCart)
    return client
  })
  return (
    <BackendProvider value={backend}>
      <QueryClientProvider client={queryClient}>
        <CartDrawerProvider>{children}</CartDrawerProvider>
      </QueryClientProvider>
    </BackendProvider>
  )
}
