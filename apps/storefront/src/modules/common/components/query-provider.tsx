"use client"

import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { useState, type ReactNode } from "react"

/**
 * react-query for one section (checkout, the account, live shelves, the portals), put in that section's layout: the
 * catalog pages never load it. One client per browser tab and section (and per server render), never shared between
 * requests. The cart is not in it: that is the tab's cart store (modules/cart/hooks/use-cart.ts).
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 15_000, retry: 1 } } }))
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}
