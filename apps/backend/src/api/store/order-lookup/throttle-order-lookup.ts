import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RateLimiterRes } from "rate-limiter-flexible"
import { LOOKUP_WINDOW_SECONDS, LOOKUP_MAX_FAILURES, orderLookupLimiter } from "./lookup-limiter"

/** The order number a look-up is about, as the throttle's key (read before the body is validated). */
function orderNumberOf(req: MedusaRequest): string {
  const raw = (req.body as { display_id?: unknown } | undefined)?.display_id
  const n = Number(raw)
  return Number.isSafeInteger(n) && n > 0 ? String(n) : "invalid"
}

/**
 * Limits guessing a phone for an order number: each look-up takes a point up front (parallel guesses count too) and
 * gives it back unless the answer is 404; the last allowed failure blocks that order number for the whole window.
 * Keyed by order number, not by address: every shopper reaches us through the storefront's server, so an address key
 * would let ten failures by anyone block every guest's look-up.
 */
export async function throttleOrderLookup(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const limiter = orderLookupLimiter()
  const key = `lookup:${orderNumberOf(req)}`
  let taken: RateLimiterRes
  try {
    taken = await limiter.consume(key)
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) return next(rejection)
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    res.setHeader("Retry-After", String(seconds))
    return res.status(429).json({
      type: "too_many_attempts",
      message: `Too many look-ups of this order number that found nothing. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
      retry_after_seconds: seconds,
    })
  }
  const settle = async (status: number) => {
    if (status !== 404) return limiter.reward(key, 1)
    if (taken.consumedPoints >= LOOKUP_MAX_FAILURES) return limiter.block(key, LOOKUP_WINDOW_SECONDS)
  }
  // A counter that could not be written must not fail a response already sent.
  res.once("finish", () => void settle(res.statusCode).catch(() => undefined))
  next()
}
