import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible"
import { env } from "../../../env"

// Failed look-ups per order number: 10 within 15 minutes, then 429 for the rest of the window. Shaped like
// the sign-in limiter (src/api/auth/login-limiter.ts): Redis when REDIS_URL is set, memory as its stand-in.
export const LOOKUP_MAX_FAILURES = 10
export const LOOKUP_WINDOW_SECONDS = 15 * 60

let made: RateLimiterAbstract | undefined

/** The counters of failed order look-ups, made on first use so importing opens nothing. */
export function orderLookupLimiter(): RateLimiterAbstract {
  if (made) return made
  const options = { keyPrefix: "fengshou-order-lookup", points: LOOKUP_MAX_FAILURES, duration: LOOKUP_WINDOW_SECONDS }
  const memory = new RateLimiterMemory(options)
  made = env.REDIS_URL
    ? new RateLimiterRedis({
        ...options,
        storeClient: new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }),
        insuranceLimiter: memory,
      })
    : memory
  return made
}
