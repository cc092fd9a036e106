// Medusa's Stripe provider against a local stub of Stripe's HTTP API, and webhooks signed with Stripe's real
// signing scheme. The env must be in place before Medusa loads medusa-config.ts (in the runner's beforeAll).
import Stripe from "stripe"
import { integrationRunner } from "../runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getLastPaymentStatus } from "@medusajs/core-flows"
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

const stubPost = async (url: string) => {
  const res = await fetch(url, { method: "POST", headers: { authorization: "Bearer sk_test_fengshou_stub" } })
  return { data: (await res.json()) as Record<string, unknown> & { status: string } }
}

const signed = (payload: string, secret = WEBHOOK_SECRET) =>
  Stripe.webhooks.generateTestHeaderString({ payload, secret })

integrationRunner({
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
      const { data } = await query.graph({
        entity: "cart",
        fields: ["completed_at", "order.id"],
        filters: { id: cartId },
      })
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
      // Card, Alipay and WeChat Pay (web QR), captured at payment: never a manual capture Alipay and WeChat Pay lack.
      const params = stub.created.at(-1)!
      expect(params).toMatchObject({
        currency: "cny",
        capture_method: "automatic",
        payment_method_types: ["card", "alipay", "wechat_pay"],
        payment_method_options: { wechat_pay: { client: "web" } },
      })
      expect(stub.created.every((p) => p.capture_method === "automatic")).toBe(true)
    })

    it("answers 400 to an event with no signature", async () => {
      const payload = JSON.stringify({
        id: "evt_stub_unsigned",
        object: "event",
        type: "payment_intent.succeeded",
        data: { object: {} },
      })
      const unsigned = await api
        .post(`/hooks/payment/stripe_stripe`, payload, { headers: { "content-type": "application/json" } })
        .catch((e: { response: { status: number } }) => e.response)
      expect(unsigned.status).toBe(400)
    })

    it("makes one order when the return page completes the cart and the webhook arrives too, in either order", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const allOrders = async () => (await query.graph({ entity: "order", fields: ["id"] })).data.length
      for (const returnFirst of [true, false]) {
        const before = await allOrders()
        const { cartId, session } = await checkoutToPayment(api, headers, regionId, "pp_stripe_stripe")
        // The shopper pays with Alipay on Stripe's page; Stripe captures at once and redirects back.
        const { data: confirmed } = await stubPost(`${stub.url}/v1/payment_intents/${session.data.id}/confirm`)
        expect(confirmed.status).toBe("succeeded")
        const payload = JSON.stringify({
          id: `evt_return_${cartId}`,
          object: "event",
          type: "payment_intent.succeeded",
          data: { object: confirmed },
        })
        const complete = () => api.post(`/store/carts/${cartId}/complete`, {}, headers)

        if (!returnFirst) {
          expect((await postEvent(payload, signed(payload))).status).toBe(200)
          await waitFor(async () => (await orderCountFor(cartId)) === 1, 30_000)
        }
        const first = await complete()
        expect(first.data.type).toBe("order")
        if (returnFirst) expect((await postEvent(payload, signed(payload))).status).toBe(200)
        // The return page reloaded: the completed cart answers with the same order.
        const again = await complete()
        expect(again.data.type).toBe("order")
        expect(again.data.order.id).toBe(first.data.order.id)
        await new Promise((r) => setTimeout(r, 2000))
        expect(await allOrders()).toBe(before + 1)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id", "currency_code", "payment_collections.*"],
          filters: { id: first.data.order.id },
        })
        expect(orders).toHaveLength(1)
        // Medusa's own order payment_status, as Admin and the cooperative console show it.
        expect(getLastPaymentStatus(orders[0] as unknown as Parameters<typeof getLastPaymentStatus>[0])).toBe(
          "captured",
        )
        expect(await orderCountFor(cartId)).toBe(1)
      }
    })

    it("rejects a badly signed event and changes nothing; a good one completes the order once, even replayed", async () => {
      const { cartId, session } = await checkoutToPayment(api, headers, regionId, "pp_stripe_stripe")
      const intent = stub.pay(session.data.id)
      const payload = JSON.stringify({
        id: "evt_stub_1",
        object: "event",
        type: "payment_intent.succeeded",
        data: { object: intent },
      })

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
