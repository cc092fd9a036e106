// The server's one client for the Medusa store API. Reads are plain functions in lib/data/*, cached with fetch tags.
import "server-only"
import Medusa, { FetchError } from "@medusajs/js-sdk"
import { connection } from "next/server"
import { cache } from "react"
import { getEnv, readPublishableKey } from "@/env"
import type { Locale } from "@/i18n/routing"

/** The backend is not running yet, or has not written its publishable key. Pages show "the shop is starting". */
export class BackendUnavailableError extends Error {
  override name = "BackendUnavailableError"
}

export type BackendConfig = { url: string; browserUrl: string; publishableKey: string | null }

/**
 * Backend URL and publishable key, read at request time (once per request). Awaiting `connection()` keeps every page that
 * talks to the backend out of the build, so `next build` never needs a running backend.
 */
export const getBackendConfig = cache(async (): Promise<BackendConfig> => {
  await connection()
  const env = getEnv()
  return {
    url: env.MEDUSA_BACKEND_URL,
    browserUrl: env.MEDUSA_BROWSER_BACKEND_URL ?? env.MEDUSA_BACKEND_URL,
    publishableKey: readPublishableKey(env),
  }
})

export const UNAVAILABLE = Symbol("backend unavailable")

/** Resolves to UNAVAILABLE instead of throwing while the backend is down, so pages can say so; other errors throw. */
export async function unlessUnavailable<T>(read: Promise<T>): Promise<T | typeof UNAVAILABLE> {
  try {
    return await read
  } catch (error) {
    if (error instanceof BackendUnavailableError) {
      console.warn(`[storefront] ${error.message}`)
      return UNAVAILABLE
    }
    throw error
  }
}

/** Medusa's Translation Module serves English for `locale=en-US`; zh-CN is the original text. */
export function toMedusaLocale(locale: Locale): string | undefined {
  return locale === "en" ? "en-US" : undefined
}

let client: { key: string; sdk: Medusa } | undefined

function sdkFor({ url, publishableKey }: { url: string; publishableKey: string }): Medusa {
  const key = `${url} ${publishableKey}`
  if (client?.key !== key) client = { key, sdk: new Medusa({ baseUrl: url, publishableKey }) }
  return client.sdk
}

type StoreGet = { query?: Record<string, unknown>; tags: string[]; revalidate?: number }

/** GET a store endpoint through Next's data cache (tagged, revalidated every `revalidate` seconds). */
export async function storeGet<T>(path: `/store/${string}`, { query, tags, revalidate = 60 }: StoreGet): Promise<T> {
  const { url, publishableKey } = await getBackendConfig()
  if (!publishableKey) throw new BackendUnavailableError("The backend has not published its API key yet")
  try {
    return await sdkFor({ url, publishableKey }).client.fetch<T>(path, { query, next: { tags, revalidate } })
  } catch (error) {
    if (error instanceof FetchError && (error.status ?? 0) >= 500) {
      throw new BackendUnavailableError(`${path} answered ${error.status}`, { cause: error })
    }
    // Undici reports a refused or reset connection as a TypeError("fetch failed").
    if (error instanceof TypeError) throw new BackendUnavailableError(`${url} is not reachable`, { cause: error })
    throw error
  }
}
