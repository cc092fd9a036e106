import { shanghaiDate } from "@fengshou/relief-core"

/**
 * A certificate is expired once China's calendar day is past its `expires_on` (YYYY-MM-DD): the day it names is
 * still valid, whatever the server's own time zone. No end date: it does not expire.
 */
export function certificationExpired(expiresOn: string | null | undefined, now: Date = new Date()): boolean {
  if (!expiresOn) return false
  // Both are YYYY-MM-DD, so string order is calendar order.
  return expiresOn < shanghaiDate(now)
}
