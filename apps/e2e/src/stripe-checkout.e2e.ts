// Paying with Stripe's Payment Element, end to end but for Stripe itself: this file starts its own stack whose
// backend runs Medusa's Stripe provider against the local stub of Stripe's HTTP API, and whose storefront has a
// publishable key. js.stripe.com cannot be reached here, so the page gets a stand-in for Stripe.js that confirms
// the PaymentIntent in the stub, as Stripe would.
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { startStripeStub } from "../../backend/integration-tests/stubs/stripe-api"
import { launchChromium } from "./browser"
import { addToCart, cookie, fillAddress, newShopper, saveAddress } from "./shop"
import { startStack, type Stack } from "./stack"

type Confirm = { clientSecret: string; redirect: string; returnUrl: string }

// Just what @stripe/react-stripe-js and our driver call; confirmPayment asks the test what Stripe would answer.
const FAKE_STRIPE_JS = `(() => {
  function Stripe() {
    return {
      createToken() {}, createPaymentMethod() {}, confirmCardPayment() {},
      elements(options) {
        window.__elementsOptions = { ...options }
        return {
          update(changes) { Object.assign(window.__elementsOptions, changes) },
          submit: async () => ({}),
          create() {
            return {
              mount(node) { node.insertAdjacentHTML("beforeend", '<p data-testid="payment-element">Payment Element</p>') },
              on(event, callback) { if (event === "ready") setTimeout(() => callback({ elementType: "payment" }), 0) },
              off() {}, update() {}, destroy() {},
            }
          },
        }
      },
      confirmPayment: async ({ clientSecret, redirect, confirmParams }) => {
        const answer = await window.fakeStripeConfirm({ clientSecret, redirect, returnUrl: confirmParams.return_url })
        if (!answer.redirectTo) return answer
        window.location.assign(answer.redirectTo) // Alipay or WeChat Pay: the shopper leaves for the method's page
        return new Promise(() => {})
      },
    }
  }
  window.Stripe = Stripe
})()`

describe("a shopper pays with Stripe", () => {
  let browser: Browser
  let stack: Stack
  let stub: Awaited<ReturnType<typeof startStripeStub>>
  beforeAll(async () => {
    stub = await startStripeStub()
    const stripeEnv = {
      STRIPE_API_KEY: "sk_test_fengshou_stub",
      STRIPE_WEBHOOK_SECRET: "whsec_fengshou_stub",
      STRIPE_API_BASE: stub.url,
      STRIPE_PUBLISHABLE_KEY: "pk_test_fengshou_stub",
    }
    Object.assign(process.env, stripeEnv) // startStack hands its own environment to both apps
    try {
      stack = await startStack({
        backendPort: Number(process.env.E2E_STRIPE_BACKEND_PORT ?? 9110),
        storefrontPort: Number(process.env.E2E_STRIPE_STOREFRONT_PORT ?? 8110),
      })
    } finally {
      for (const name of Object.keys(stripeEnv)) delete process.env[name]
    }
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
    await stack?.stop()
    await stub?.close()
  })

  async function checkoutWithStripe(page: Page, answer: (c: Confirm) => unknown) {
    await page.route("https://js.stripe.com/**", (route) =>
      route.fulfill({ contentType: "text/javascript", body: FAKE_STRIPE_JS }),
    )
    await page.exposeFunction("fakeStripeConfirm", answer)
    await page.goto(`${stack.storefrontUrl}/products/changsheng-millet`)
    await page.getByText(/有货/).first().waitFor()
    await addToCart(page, 1)
    await page.goto(`${stack.storefrontUrl}/checkout`)
    await fillAddress(page, { phone: "13800138000" })
    await saveAddress(page)
    await page.getByRole("button", { name: "确认配送方式" }).click()
    await page.getByTestId("payment-element").waitFor()
  }

  it("is declined, keeps the cart, then pays and gets the order", { timeout: 120_000 }, async () => {
    const confirms: Confirm[] = []
    let decline = true
    const { context, page } = await newShopper(browser)
    await checkoutWithStripe(page, (c: Confirm) => {
      confirms.push(c)
      if (decline) return { error: { type: "card_error", code: "card_declined", message: "您的银行卡被拒绝了。" } }
      const intent = [...stub.intents.values()].find((i) => i.client_secret === c.clientSecret)!
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
      return { paymentIntent: { id: intent.id, status: intent.status } }
    })
    expect(await page.getByRole("radio", { name: "银行卡 / 支付宝 / 微信支付" }).isChecked()).toBe(true)
    // ¥39.90 millet + ¥8 快递, in fen, captured at payment with card, Alipay and WeChat Pay, in the shopper's language.
    expect(
      await page.evaluate(() => (window as unknown as { __elementsOptions: unknown }).__elementsOptions),
    ).toMatchObject({
      mode: "payment",
      amount: 4790,
      currency: "cny",
      captureMethod: "automatic",
      allowedPaymentMethodTypes: ["card", "alipay", "wechat_pay"],
      locale: "zh",
    })

    const pay = page.getByRole("button", { name: /提交订单并支付/ })
    await pay.click()
    await page.getByText("您的银行卡被拒绝了。").waitFor()
    expect(await page.getByText(/^付款未成功/).isVisible()).toBe(true)
    expect(page.url()).toBe(`${stack.storefrontUrl}/checkout`)
    expect(await cookie(context, "fs_cart")).toMatch(/^cart_/)

    decline = false
    await pay.click()
    await page.waitForURL(/\/order\/[^/]+\/confirmed$/)
    expect(await page.getByTestId("order-number").textContent()).toMatch(/\d+/)

    // The retry confirmed the same PaymentIntent again (Medusa's session for the cart's total stays pending after a
    // decline, and Stripe takes a new attempt on it), coming back to the return page if a method redirects.
    const intents = [...stub.intents.values()]
    expect(confirms.map((c) => c.clientSecret)).toEqual([intents.at(-1)!.client_secret, intents.at(-1)!.client_secret])
    expect(confirms[1]).toMatchObject({ redirect: "if_required", returnUrl: `${stack.storefrontUrl}/checkout/return` })
    expect(intents.at(-1)).toMatchObject({
      amount: 4790,
      currency: "cny",
      capture_method: "automatic",
      status: "succeeded",
    })
    const orderId = page.url().match(/\/order\/([^/]+)\/confirmed$/)![1]!
    const response = await fetch(
      `${stack.backendUrl}/store/orders/${orderId}?fields=total,*payment_collections.payments`,
      {
        headers: { "x-publishable-api-key": stack.publishableKey },
      },
    )
    const { order } = (await response.json()) as {
      order: { total: number; payment_collections: { payments: { provider_id: string }[] }[] }
    }
    expect(order.total).toBe(47.9)
    expect(order.payment_collections.flatMap((c) => c.payments.map((p) => p.provider_id))).toEqual(["pp_stripe_stripe"])
    await context.close()
  })

  it(
    "offers Alipay and WeChat Pay; a failed Alipay redirect keeps the cart, a paid one lands on the order",
    { timeout: 120_000 },
    async () => {
      let fail = true
      const { context, page } = await newShopper(browser)
      await checkoutWithStripe(page, (c: Confirm) => {
        const intent = [...stub.intents.values()].find((i) => i.client_secret === c.clientSecret)!
        if (!fail) Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
        const status = fail ? "failed" : "succeeded"
        return {
          redirectTo: `${c.returnUrl}?payment_intent=${intent.id}&payment_intent_client_secret=${intent.client_secret}&redirect_status=${status}`,
        }
      })
      expect(await page.getByRole("radio", { name: "银行卡 / 支付宝 / 微信支付" }).isChecked()).toBe(true)
      const options = await page.evaluate(
        () => (window as unknown as { __elementsOptions: { allowedPaymentMethodTypes: string[] } }).__elementsOptions,
      )
      expect(options.allowedPaymentMethodTypes).toEqual(expect.arrayContaining(["alipay", "wechat_pay"]))

      await page.getByRole("button", { name: /提交订单并支付/ }).click()
      await page.getByText(/^付款未完成或已取消/).waitFor()
      expect(new URL(page.url()).pathname).toBe("/checkout/return")
      expect(await cookie(context, "fs_cart")).toMatch(/^cart_/)
      expect(stub.created.at(-1)).toMatchObject({
        payment_method_types: ["card", "alipay", "wechat_pay"],
        capture_method: "automatic",
      })

      fail = false
      await page.getByRole("link", { name: "返回结算，换一种支付方式" }).click()
      await page.getByTestId("payment-element").waitFor()
      await page.getByRole("button", { name: /提交订单并支付/ }).click()
      await page.waitForURL(/\/order\/[^/]+\/confirmed$/)
      expect(await page.getByTestId("order-number").textContent()).toMatch(/\d+/)
      await context.close()
    },
  )
})
