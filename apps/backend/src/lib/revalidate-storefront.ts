import type { Logger } from "@medusajs/framework/types"
import { env } from "../env"

/**
 * Tells the storefront which cached pages are stale (POST /api/revalidate with the shared secret). Best effort:
 * a storefront that is down or unconfigured only means its caches expire on their own a minute later.
 */
export async function revalidateStorefront(tags: string[], logger: Logger): Promise<boolean> {
  if (!env.REVALIDATE_SECRET || !tags.length) return false
  try {
    const res = await fetch(`${env.STOREFRONT_URL.replace(/\/$/, "")}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": env.REVALIDATE_SECRET },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(3000),
    })
    if (!res.ok) logger.warn(`storefront revalidation answered ${res.status} for ${tags.join(", ")}`)
    return res.ok
  } catch (error) {
    logger.warn(`storefront revalidation failed: ${(error as Error).message}`)
    return false
  }
}
