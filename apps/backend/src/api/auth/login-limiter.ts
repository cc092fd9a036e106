import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible"
import { env } from "../../env"

export type SignInLimiter = { limiter: RateLimiterAbstract; max: number; windowSeconds: number }

let made: SignInLimiter | undefined

/**
 * The counters of sign-in attempts: in Redis when REDIS_URL is set, so every backend process shares them (with an
 * in-memory stand-in while Redis is unreachable), else in this process. Made on first use, so importing opens nothing.
 */
export function signInLimiter(): SignInLimiter {
  if (made) return made
  const max = env.LOGIN_MAX_FAILURES
  const windowSeconds = Math.max(1, Math.round(env.LOGIN_WINDOW_MINUTES * 60))
  const options = { keyPrefix: "fengshou-sign-in", points: max, duration: windowSeconds }
  const memory = new RateLimiterMemory(options)
  const limiter = env.REDIS_URL
    ? new RateLimiterRedis({
        ...options,
        storeClient: new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }),
        insuranceLimiter: memory,
      })
    : memory
  made = { limiter, max, windowSeconds }
  return made
}
