import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Stripe from "stripe"
import { describe, expect, it, vi } from "vitest"
import { verifyStripeSignature } from "./verify-stripe-signature"

const SECRET = "whsec_fengshou_unit"
const payload = JSON.stringify({
  id: "evt_unit",
  object: "event",
  type: "payment_intent.succeeded",
  data: { object: {} },
})

function run(secret: string | undefined, signature?: string) {
  const req = { headers: signature ? { "stripe-signature": signature } : {}, rawBody: Buffer.from(payload) }
  const res = { statusCode: 200, body: undefined as unknown }
  const response = {
    status: (code: number) => ((res.statusCode = code), response),
    json: (body: unknown) => void (res.body = body),
  }
  const next = vi.fn()
  verifyStripeSignature(secret)(
    req as unknown as MedusaRequest,
    response as unknown as MedusaResponse,
    next as MedusaNextFunction,
  )
  return { status: res.statusCode, passed: next.mock.calls.length === 1 }
}

describe("verifyStripeSignature", () => {
  it("passes an event signed with the secret", () => {
    expect(run(SECRET, Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }))).toEqual({
      status: 200,
      passed: true,
    })
  })

  it("answers 400 to a missing or foreign signature, whatever NODE_ENV is", () => {
    for (const NODE_ENV of ["development", "production", "test"]) {
      vi.stubEnv("NODE_ENV", NODE_ENV)
      expect(run(SECRET)).toEqual({ status: 400, passed: false })
      const foreign = Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_someone_else" })
      expect(run(SECRET, foreign)).toEqual({ status: 400, passed: false })
    }
    vi.unstubAllEnvs()
  })

  it("lets nothing through when no secret is configured", () => {
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET })
    expect(run(undefined, signature)).toEqual({ status: 400, passed: false })
  })
})
