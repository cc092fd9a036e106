// What a failed server action tells the browser: a key the UI translates, never a stack or backend message
// (production hides thrown errors from the client anyway, so actions return these instead of throwing).
import "server-only"
import { BackendUnavailableError } from "@/lib/medusa"
import { StoreApiError } from "@/lib/store-fetch"

export type ActionErrorKey = "unavailable" | "soldOut" | "notFound" | "failed"

export function toActionError(error: unknown, context: string): ActionErrorKey {
  if (error instanceof BackendUnavailableError) return "unavailable"
  if (error instanceof StoreApiError) {
    if (error.code === "insufficient_inventory") return "soldOut"
    if (error.status === 404) return "notFound"
  }
  console.warn(`[storefront] ${context} failed:`, error instanceof Error ? error.message : error)
  return "failed"
}
