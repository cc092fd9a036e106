import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { env } from "../../env"
import { createSemaphore } from "../../lib/semaphore"

const gate = createSemaphore(env.CHECKOUT_CONCURRENCY)

/**
 * Admission control for cart completion. In a flash sale every checkout reserves the same inventory item, and Medusa
 * queues those reservations on one lock with a 5 s wait (in-memory locking cannot be given more); hundreds at once
 * time out and fail checkouts that would have sold. Queuing completions here, first come first served, keeps the
 * lock's queue short; the CPU is the limit either way, so throughput does not drop (bench/livestream.ts).
 */
async function queueCompletion(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const release = await gate.acquire()
  res.once("finish", release)
  res.once("close", release)
  next()
}

export const checkoutGateRoutes: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [queueCompletion] },
]
