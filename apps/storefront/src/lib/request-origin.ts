import "server-only"
import { headers } from "next/headers"

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i

/**
 * The origin the shopper used to reach this page (behind a proxy, its forwarded host and protocol), so a QR
 * code points back to the same site. Null for a host that does not look like one.
 */
export async function requestOrigin(): Promise<string | null> {
  const list = await headers()
  const first = (name: string) => list.get(name)?.split(",")[0]?.trim() || null
  const host = first("x-forwarded-host") ?? first("host")
  if (!host || !HOST.test(host)) return null
  const proto = first("x-forwarded-proto") === "https" ? "https" : "http"
  return `${proto}://${host}`
}
