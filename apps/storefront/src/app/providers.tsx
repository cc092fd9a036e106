"use client"

import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { useState, type ReactNode } from "react"
import { BackendProvider } from "@/lib/backend-context"
import type { BackendClientConfig } from "@/lib/data/product-stock"

type ProvidersProps = { backend: BackendClientConfig | null; children: ReactNode }

export function Providers({ backend, children }: ProvidersProps) {
  // One client per browser tab (and per server render), never shared between requests.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 15_000, retry: 1 } } }),
  )
  return (
    <BackendProvider value={backend}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </BackendProvider>
  )
}
