import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RateLimiterRes } from "rate-limiter-flexible"
import { signInLimiter } from "./login-limiter"

type Kind = "login" | "reset-password"

/** The account a request is about (lower-cased) and the actor type from /auth/{actor}/emailpass…. */
function accountOf(req: MedusaRequest, kind: Kind): string {
  const body = (req.body ?? {}) as { email?: unknown; identifier?: unknown }
  const account = kind === "login" ? body.email : body.identifier
  const actor = req.path.split("/")[2] ?? ""
  return `${actor}:${typeof account === "string" ? account.trim().toLowerCase() : ""}`
}

function refuse(res: MedusaResponse, msBeforeNext: number, kind: Kind) {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000))
  const retryAt = new Date(Date.now() + seconds * 1000).toISOString()
  const what = kind === "login" ? "failed sign-ins" : "password reset requests"
  res.setHeader("Retry-After", String(seconds))
  res.status(429).json({
    type: "too_many_attempts",
    message: `Too many ${what} for this account from your address. Try again in ${Math.ceil(seconds / 60)} minute(s), after ${retryAt}.`,
    retry_after_seconds: seconds,
    retry_at: retryAt,
  })
}

/**
 * Throttles Medusa's /auth/{actor}/emailpass routes per account and client address. A login attempt takes a point up
 * front (so parallel guesses count too) and gives it back unless Medusa answers 401; the last allowed failure blocks
 * the pair for the whole window, and a success clears its count. A reset request always keeps its point: Medusa
 * answers 201 either way, so the count caps how many reset emails one address can cause.
 */
export function throttleSignIn(kind: Kind) {
  return async function throttle(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const { limiter, max, windowSeconds } = signInLimiter()
    const key = `${kind}:${accountOf(req, kind)}:${req.ip ?? ""}`
    let taken: RateLimiterRes
    try {
      taken = await limiter.consume(key)
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return refuse(res, rejection.msBeforeNext, kind)
      return next(rejection)
    }
    if (kind === "login") {
      const settle = async (status: number) => {
        if (status === 200) return limiter.delete(key)
        if (status !== 401) return limiter.reward(key, 1)
        if (taken.consumedPoints >= max) return limiter.block(key, windowSeconds)
      }
      // A counter that could not be written must not fail a response already sent.
      res.once("finish", () => void settle(res.statusCode).catch(() => undefined))
    }
    next()
  }
}
