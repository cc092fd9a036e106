import type { HttpTypes } from "@medusajs/types"
import { CACHE_TAGS } from "@/lib/cache-tags"
import { storeGet } from "@/lib/medusa"

/** The CNY region (中国大陆) that prices are calculated in, or null if the backend has none. */
export async function getCnyRegion(): Promise<Pick<HttpTypes.StoreRegion, "id" | "name" | "currency_code"> | null> {
  const { regions } = await storeGet<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,name,currency_code", limit: 100 },
    tags: [CACHE_TAGS.regions],
  })
  return regions.find((region) => region.currency_code.toLowerCase() === "cny") ?? null
}
