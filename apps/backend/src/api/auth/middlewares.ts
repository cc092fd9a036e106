import type { MiddlewareRoute } from "@medusajs/framework/http"
import { throttleSignIn } from "./throttle-login"

/** Medusa's own emailpass routes (for every actor type), throttled per account and client address. */
export const authRoutes: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [throttleSignIn("login")] },
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass/reset-password",
    middlewares: [throttleSignIn("reset-password")],
  },
]
