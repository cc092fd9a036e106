import {
  StoreCooperativeListResponseSchema,
  StoreCooperativePageResponseSchema,
  type StoreCooperativePage,
} from "@fengshou/store-contract"
import { FetchError } from "@medusajs/js-sdk"
import type { Locale } from "@/i18n/routing"
import { CACHE_TAGS } from "@/lib/cache-tags"
import { storeGet } from "@/lib/medusa"
import {
  toCooperativeCard,
  toCooperativeView,
  type CooperativeCardView,
  type CooperativeView,
} from "@/lib/view/cooperative"
import { fromBackend } from "./parse-contract"

// The backend answers at most 100 per page; the demo has six, and a page of 100 cards is already long.
const LIST_LIMIT = 100

async function readCooperative(handle: string): Promise<StoreCooperativePage | null> {
  const path = `/store/cooperatives/${encodeURIComponent(handle)}` as const
  try {
    const body = await storeGet<unknown>(path, { tags: [CACHE_TAGS.cooperatives, CACHE_TAGS.cooperative(handle)] })
    return fromBackend(StoreCooperativePageResponseSchema, body, `GET ${path}`).cooperative
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

/** Approved cooperatives, by handle, each with its certifications (the list route carries them). */
export async function listCooperatives(locale: Locale): Promise<CooperativeCardView[]> {
  const body = await storeGet<unknown>("/store/cooperatives", {
    query: { limit: LIST_LIMIT },
    tags: [CACHE_TAGS.cooperatives],
  })
  const { cooperatives } = fromBackend(StoreCooperativeListResponseSchema, body, "GET /store/cooperatives")
  return cooperatives.map((coop) => toCooperativeCard(coop, locale))
}

/** One approved cooperative with its certifications and products; null for an unknown or unapproved handle. */
export async function getCooperative(handle: string, locale: Locale): Promise<CooperativeView | null> {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(handle)) return null
  const cooperative = await readCooperative(handle)
  return cooperative ? toCooperativeView(cooperative, locale) : null
}
