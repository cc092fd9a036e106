// Medusa's Stripe provider against a local stub of Stripe's HTTP API, and webhooks signed with Stripe's real
// signing scheme. The env must be in place before Medusa loads medusa-config.ts (in the runner's beforeAll).
import Stripe from "stripe"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoData } from "../../src/scripts/seed/index"
import { startStripeStub } from "../stubs/stripe-api"
import { checkoutToPayment, waitFor } from "./checkout-helpers"

const WEBHOOK_SECRET = "whsec_fengshou_test_secret"
let stub: Awaited<ReturnType<typeof startStripeStub>>

// A file-level hook runs before the runner's own beforeAll, which is where Medusa loads medusa-config.ts.
beforeAll(async () => {
  stub = await startStripeStub()
  process.env.STRIPE_API_KEY = "sk_test_fengshou_stub"
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
  process.env.STRIPE_API_BASE = stub.url
  process.env.PAYMENT_WEBHOOK_DELAY_MS = "0"
})

const signed = (payload: string, secret = WEBHOOK_SECRET) =>
  Stripe.webhooks.generateTestHeaderString({ payload, secret })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      const seeded = await seedDemoData(getContainer(), { staticDir: "/tmp/fengshou-static-stripe" })
      headers = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      regionId = seeded.regionId
    })
    afterAll(() => stub.close())

    async function orderCountFor(cartId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "cart", fields: ["completed_at", "order.id"], filters: { id: cartId } })
      return (data[0] as { order?: { id: string } | null } | undefined)?.order ? 1 : 0
    }

    const postEvent = (payload: string, signature: string) =>
      api
        .post(`/hooks/payment/stripe_stripe`, payload, {
          headers: { "content-type": "application/json", "stripe-signature": signature },
        })
        .catch((e: { response: { status: number; data: unknown } }) => e.response)

    it("offers Stripe in the region and creates the payment intent on Stripe's API", async () => {
      const { data } = await api.get(`/store/payment-providers?region_id=${regionId}`, headers)
      expect(data.payment_providers.map((p: { id: string }) => p.id)).toContain("pp_stripe_stripe")

      const { session } = await checkoutToPayment(api, headers, regionId, "pp_stripe_stripe")
      const intent = stub.intents.get(session.data.id)
      expect(intent?.currency).toBe("cny")
      expect(intent?.amount).toBe(4790) // ¥39.90 millet + ¥8 快递, in fen (CNY's smallest unit)
      expect(intent?.metadata.session_id).toBe(session.id)
    })

    it("rejects a badly signed event and changes nothing; a good one completes the order once, even replayed", async () => {
      const { cartId, session } = await checkoutToPayment(api, headers, regionId, "pp_stripe_stripe")
      const intent = stub.pay(session.data.id)
      const payload = JSON.stringify({ id: "evt_stub_1", object: "event", type: "payment_intent.succeeded", data: { object: intent } })

      const forged = await postEvent(payload, signed(payload, "whsec_someone_else"))
      expect(forged.status).toBe(400)
      await new Promise((r) => setTimeout(r, 1500))
      expect(await orderCountFor(cartId)).toBe(0)

      const accepted = await postEvent(payload, signed(payload))
      expect(accepted.status).toBe(200)
      await waitFor(async () => (await orderCountFor(cartId)) === 1, 30_000)

      const replayed = await postEvent(payload, signed(payload))
      expect(replayed.status).toBe(200)
      await new Promise((r) => setTimeout(r, 3000))
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "cart",
        fields: ["order.id", "order.payment_collections.payments.id", "order.payment_collections.payments.captured_at"],
        filters: { id: cartId },
      })
      type Paid = { order: { payment_collections: { payments: { id: string; captured_at: string | null }[] }[] } }
      const payments = (data[0] as unknown as Paid).order.payment_collections.flatMap((c) => c.payments)
      expect(payments).toHaveLength(1)
      expect(payments[0]?.captured_at).toBeTruthy()
    })
  },
})
