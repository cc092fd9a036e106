// Runs Medusa's Stripe provider against Stripe's real test mode when STRIPE_API_KEY=sk_test_… is set;
// otherwise the suite reports itself skipped and says why. The webhook is signed here, with the secret the
// backend is configured with, because Stripe cannot reach this machine.
import Stripe from "stripe"
import { integrationRunner } from "../runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoData } from "../../src/scripts/seed/index"
import { checkoutToPayment, waitFor } from "./checkout-helpers"

const liveKey = process.env.STRIPE_API_KEY?.startsWith("sk_test_") ? process.env.STRIPE_API_KEY : undefined
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? "whsec_fengshou_live_test"

if (!liveKey) {
  describe("Stripe test mode (live)", () => {
    it("skipped: set STRIPE_API_KEY=sk_test_… to run the provider against Stripe's test mode", ({ skip }) => {
      console.warn("[stripe-live] skipped: STRIPE_API_KEY (a sk_test_ key) is not set")
      skip()
    })
  })
} else {
  beforeAll(() => {
    process.env.STRIPE_WEBHOOK_SECRET = webhookSecret
    process.env.PAYMENT_WEBHOOK_DELAY_MS = "0"
    delete process.env.STRIPE_API_BASE
  })

  integrationRunner({
    testSuite: ({ api, getContainer }) => {
      it("takes a card payment in test mode and completes the order from the signed webhook", async () => {
        const seeded = await seedDemoData(getContainer(), { staticDir: "/tmp/fengshou-static-stripe-live" })
        const headers = { headers: { "x-publishable-api-key": seeded.publishableKey } }
        const { cartId, session } = await checkoutToPayment(api, headers, seeded.regionId, "pp_stripe_stripe")

        const stripe = new Stripe(liveKey)
        const intent = await stripe.paymentIntents.confirm(session.data.id, {
          payment_method: "pm_card_visa",
          return_url: "http://localhost:8000/checkout",
        })
        expect(intent.status).toBe("succeeded")

        const payload = JSON.stringify({
          id: `evt_live_${Date.now()}`,
          object: "event",
          type: "payment_intent.succeeded",
          data: { object: intent },
        })
        const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret })
        const res = await api.post(`/hooks/payment/stripe_stripe`, payload, {
          headers: { "content-type": "application/json", "stripe-signature": signature },
        })
        expect(res.status).toBe(200)

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        await waitFor(async () => {
          const { data } = await query.graph({ entity: "cart", fields: ["order.id"], filters: { id: cartId } })
          return Boolean((data[0] as { order?: unknown } | undefined)?.order)
        }, 60_000)
      })
    },
  })
}
