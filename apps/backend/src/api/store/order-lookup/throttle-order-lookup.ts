import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RateLimiterRes } from "rate-limiter-flexible"
import { LOOKUP_WINDOW_SECONDS, LOOKUP_MAX_FAILURES, orderLookupLimiter } from "./lookup-limiter"

/**
 * Limits guessing order numbers and phones: each look-up takes a point up front (parallel guesses count too) and
 * gives it back unless the answer is 404; the last allowed failure blocks the address for the whole window.
 */
export async function throttleOrderLookup(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const limiter = orderLookupLimiter()
  const key = `lookup:${req.ip ?? ""}`
  let taken: RateLimiterRes
  try {
    taken = await limiter.consume(key)
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) return next(rejection)
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    res.setHeader("Retry-After", String(seconds))
    return res.status(429).json({
      type: "too_many_attempts",
      message: `Too many order look-ups that found nothing from your address. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
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
