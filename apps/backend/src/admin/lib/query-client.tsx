import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import type { ReactNode } from "react"

// Medusa's dashboard ships its own nested @tanstack/react-query (5.64.2), while imports from src/admin resolve
// the copy hoisted for the storefront (5.108.0). Two copies are two React contexts, so our hooks would not see
// the dashboard's provider ("No QueryClient set"). Our extensions therefore share one client of their own.
const client = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } })

export function FengshouQuery({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}
