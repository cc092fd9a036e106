"use client"

import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query"
import { useBackend } from "@/lib/backend-context"
import { fetchSuggestions } from "@/lib/data/search-suggestions"
import { useDebouncedValue } from "./use-debounced-value"

const DEBOUNCE_MS = 200
export const SUGGESTION_LIMIT = 6

/**
 * Products matching what is being typed. Debounced; react-query hands each request an AbortSignal and aborts it
 * when the text changes before the answer arrives, so a stale answer never replaces a newer one.
 */
export function useSuggestions(text: string) {
  const backend = useBackend()
  const q = useDebouncedValue(text.trim(), DEBOUNCE_MS)
  return useQuery({
    queryKey: ["search-suggestions", q],
    queryFn: backend && q ? ({ signal }) => fetchSuggestions(backend, q, SUGGESTION_LIMIT, signal) : skipToken,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  })
}
