"use client"

import { createContext, use, type ReactNode } from "react"
import type { BackendClientConfig } from "@/lib/data/product-stock"

const BackendContext = createContext<BackendClientConfig | null>(null)

/** Backend URL and publishable key for calls from the browser; null until the backend has published a key. */
export function useBackend(): BackendClientConfig | null {
  return use(BackendContext)
}

export function BackendProvider({ value, children }: { value: BackendClientConfig | null; children: ReactNode }) {
  return <BackendContext value={value}>{children}</BackendContext>
}
