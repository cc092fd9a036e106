import { createHmac, timingSafeEqual } from "node:crypto"

// A guest's proof that it found the order by number and phone (POST /store/order-lookup): the order id and an
// expiry, signed with the backend's JWT secret. Stateless, so it cannot be revoked; it lives only a day.

export const ORDER_TOKEN_TTL_SECONDS = 24 * 60 * 60
const PURPOSE = "fengshou-order-token"

function signature(orderId: string, expires: number, secret: string): string {
  return createHmac("sha256", secret).update(`${PURPOSE}:${orderId}:${expires}`).digest("base64url")
}

/** A token for this order, valid for 24 h from `now` (ms). */
export function signOrderToken(orderId: string, secret: string, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + ORDER_TOKEN_TTL_SECONDS
  return `${expires}.${signature(orderId, expires, secret)}`
}

/** True when the token was signed with this secret for this order and has not expired at `now` (ms). */
export function verifyOrderToken(token: unknown, orderId: string, secret: string, now = Date.now()): boolean {
  if (typeof token !== "string" || token.length > 200) return false
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return false
  const expires = Number(match[1])
  if (expires * 1000 <= now) return false
  const given = Buffer.from(match[2]!)
  const expected = Buffer.from(signature(orderId, expires, secret))
  return given.length === expected.length && timingSafeEqual(given, expected)
}
