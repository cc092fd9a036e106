"use client"

import { useBackend } from "@/lib/backend-context"
import { fetchSuggestions } from "@/lib/data/search-suggestions"
import { useFetched } from "@/modules/common/hooks/use-fetched"
import { useDebouncedValue } from "./use-debounced-value"

const DEBOUNCE_MS = 200
export const SUGGESTION_LIMIT = 6
const keepShown = () => true

/**
 * Products matching what is being typed. Debounced; a request still on its way is aborted when the text changes, so
 * a stale answer never replaces a newer one, and the last list stays up while the next is read.
 */
export function useSuggestions(text: string) {
  const backend = useBackend()
  const q = useDebouncedValue(text.trim(), DEBOUNCE_MS)
  return useFetched(backend && q ? q : null, (signal) => fetchSuggestions(backend!, q, SUGGESTION_LIMIT, signal), {
    keepPrevious: keepShown,
  })
}
