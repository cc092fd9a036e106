// The /search page's read: the same call as the browser's, with the server's backend address.
import "server-only"
import type { SearchQueryInput, SearchResponse } from "@fengshou/search-contract"
import { BackendUnavailableError, getBackendConfig } from "@/lib/medusa"
import { fetchSearch } from "./search"

export async function searchProducts(params: SearchQueryInput): Promise<SearchResponse> {
  const { url, publishableKey } = await getBackendConfig()
  if (!publishableKey) throw new BackendUnavailableError("The backend has not published its API key yet")
  try {
    return await fetchSearch({ url, publishableKey }, params)
  } catch (error) {
    if (error instanceof TypeError) throw new BackendUnavailableError(`${url} is not reachable`, { cause: error })
    throw error
  }
}
