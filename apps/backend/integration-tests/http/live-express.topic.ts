import { topic } from "../runner"
import type { ICartModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../src/modules/livestream"
import type LivestreamModuleService from "../../src/modules/livestream/service"
import { attempt, SHIPPING_ADDRESS, type Auth } from "./cooperative-helpers"
import { liveFixture, seededLiveFixture, type LiveFixture } from "./live-fixture"

// #12 item 6: link → payment in one request (POST /store/live/links/:code/express), then Medusa's own completion.
// Fresh morels, shelf ¥89.00, live ¥79.00.
const LIVE_FEN = 7900

type Answer = { status: number; data: Record<string, any> } // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON

export default topic("live-express", ({ api, getContainer }) => {
  let store: Auth
  let fx: LiveFixture
  const live = () => getContainer().resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const held = async (offerId: string) =>
    (await live().listLiveClaims({ session_product_id: offerId })).reduce((s, c) => s + c.quantity, 0)
  const cartCount = async () => (await getContainer().resolve<ICartModuleService>(Modules.CART).listCarts({})).length
  const express = (code: string, body: unknown) =>
    attempt(api.post(`/store/live/links/${code}/express`, body, store)) as Promise<Answer>
  const signedIn = (token: string) => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
  /** A shopper with an account: the customer, and a fresh login's token. */
  const registerShopper = async (email: string) => {
    const { data: reg } = await api.post(`/auth/customer/emailpass/register`, { email, password: "shopper-pass-1" })
    const { data: me } = await api.post(`/store/customers`, { email }, signedIn(reg.token))
    const { data: login } = await api.post(`/auth/customer/emailpass`, { email, password: "shopper-pass-1" })
    return { me, login }
  }
  const shopper = (n: number) => ({
    email: `fan${n}@example.cn`,
    shipping_address: { ...SHIPPING_ADDRESS, phone: `+86 139-${String(n).padStart(4, "0")}-0000` },
  })

  beforeAll(async () => {
    ;({ store, fx } = await seededLiveFixture(getContainer(), { cap: 20, limit: 2, livePriceFen: LIVE_FEN }))
  })

  it("takes a guest from the link to an order in two requests, at the live price, stamped, shipped to the address", async () => {
    const ready = await express(fx.code, shopper(1))
    expect([ready.status, ready.data.message]).toEqual([200, undefined])
    const { cart_id, holds, payment_session, payment_collection, shipping_option_ids } = ready.data
    expect(holds).toEqual([expect.objectContaining({ session_product_id: fx.offerId, quantity: 1 })])
    expect(new Date(holds[0].expires_at).getTime()).toBeGreaterThan(Date.now())
    expect(payment_session.provider_id).toBe("pp_system_default")
    expect(shipping_option_ids.length).toBeGreaterThan(0)
    expect(payment_collection.amount_fen).toBe(ready.data.total_fen)

    const { data: done } = await api.post(`/store/carts/${cart_id}/complete`, {}, store)
    expect(done.type).toBe("order")
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "email",
        "metadata",
        "total",
        "items.total",
        "items.quantity",
        "shipping_address.*",
        "shipping_methods.amount",
      ],
      filters: { id: done.order.id },
    })
    const order = data[0] as unknown as {
      email: string
      metadata: Record<string, unknown>
      total: number
      items: { total: number; quantity: number }[]
      shipping_address: Record<string, unknown>
      shipping_methods: { amount: number }[]
    }
    expect(order.email).toBe("fan1@example.cn")
    expect(order.items).toHaveLength(1)
    expect(Math.round(Number(order.items[0]!.total) * 100)).toBe(LIVE_FEN)
    expect(order.metadata).toMatchObject({ live_session_id: fx.sessionId, host_id: fx.hostId })
    // The mobile arrives normalised: the per-shopper limit keys on it.
    expect(order.shipping_address).toMatchObject({ ...SHIPPING_ADDRESS, phone: "13900010000" })
    const shippingFen = order.shipping_methods.reduce((s, m) => s + Math.round(Number(m.amount) * 100), 0)
    expect(Math.round(Number(order.total) * 100)).toBe(LIVE_FEN + shippingFen)
    expect(Math.round(Number(order.total) * 100)).toBe(ready.data.total_fen)
    expect(await held(fx.offerId)).toBe(1)
  })

  it("answers a bad body with a 400 that says what to fix, and holds nothing", async () => {
    const before = { carts: await cartCount(), held: await held(fx.offerId) }
    const noEmail = await express(fx.code, { shipping_address: SHIPPING_ADDRESS })
    expect(noEmail.status).toBe(400)
    expect(noEmail.data.message).toMatch(/Field 'email' is required/)
    const landline = await express(fx.code, {
      ...shopper(2),
      shipping_address: { ...SHIPPING_ADDRESS, phone: "010-6552-0000" },
    })
    expect(landline.status).toBe(400)
    expect(landline.data.message).toMatch(/mainland mobile number of 11 digits/)
    const noStreet = await express(fx.code, {
      ...shopper(2),
      shipping_address: { ...SHIPPING_ADDRESS, address_1: "" },
    })
    expect(noStreet.status).toBe(400)
    expect(noStreet.data.message).toMatch(/shipping_address, address_1/)
    expect({ carts: await cartCount(), held: await held(fx.offerId) }).toEqual(before)
  })

  it("gives the units back when a later step fails (a provider the region does not offer)", async () => {
    const before = await held(fx.offerId)
    const refused = await express(fx.code, { ...shopper(3), provider_id: "pp_nowhere" })
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(/provider_id pp_nowhere is not offered in this region/)
    expect(await held(fx.offerId)).toBe(before)
  })

  it("takes the shopper's delivery choice if the cart is offered it, and refuses another with a 400, the units back", async () => {
    const before = await held(fx.offerId)
    const elsewhere = await express(fx.code, { ...shopper(4), shipping_option_id: "so_elsewhere" })
    expect([elsewhere.status, elsewhere.data.message]).toEqual([
      400,
      "shipping_option_id so_elsewhere is not offered for this cart and address; leave it out to take the cheapest.",
    ])
    expect(await held(fx.offerId)).toBe(before)

    const cheapest = await express(fx.code, shopper(4))
    expect([cheapest.status, cheapest.data.message]).toEqual([200, undefined])
    const [optionId] = cheapest.data.shipping_option_ids as string[]
    const named = await express(fx.code, { ...shopper(5), shipping_option_id: optionId })
    expect([named.status, named.data.message]).toEqual([200, undefined])
    expect(named.data.shipping_option_ids).toEqual([optionId])
  })

  /** An express cart and a cart made through the store routes for the same shopper, read field for field. */
  const viaExpressAndSteps = async (n: number) => {
    const ready = await express(fx.code, shopper(n))
    expect([ready.status, ready.data.message]).toEqual([200, undefined])

    const { data: linked } = await api.post(`/store/live/links/${fx.code}/cart`, {}, store)
    const cartId = linked.cart_id as string
    await api.post(`/store/carts/${cartId}`, shopper(n + 1), store)
    const { data: listed } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
    for (const option of ready.data.shipping_option_ids as string[]) {
      expect(listed.shipping_options.map((o: { id: string }) => o.id)).toContain(option)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option }, store)
    }

    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const cartOf = async (id: string) => {
      const { data } = await query.graph({
        entity: "cart",
        fields: [
          "total",
          "subtotal",
          "item_total",
          "shipping_total",
          "discount_total",
          "tax_total",
          "promotions.code",
          "items.quantity",
          "items.unit_price",
          "items.adjustments.code",
          "items.adjustments.amount",
          "items.tax_lines.rate",
          "shipping_methods.shipping_option_id",
          "shipping_methods.amount",
          "shipping_methods.adjustments.code",
          "shipping_methods.adjustments.amount",
          "shipping_methods.tax_lines.rate",
        ],
        filters: { id },
      })
      // Everything but the rows' own ids (Medusa's query adds them to every level).
      return JSON.parse(JSON.stringify(data[0]), (key, value) => (key === "id" ? undefined : value))
    }
    const [viaExpress, viaSteps] = await Promise.all([cartOf(ready.data.cart_id), cartOf(cartId)])
    expect(viaExpress.shipping_methods.length).toBeGreaterThan(0)
    expect(viaExpress).toEqual(viaSteps)
    return { ready, viaExpress }
  }

  it("makes the cart the storefront's steps make, pricing the live code once: the same totals, tax lines and adjustments", async () => {
    const { ready, viaExpress } = await viaExpressAndSteps(10)
    expect(viaExpress.shipping_methods[0].adjustments).toEqual([])
    expect(Number(viaExpress.shipping_total)).toBeGreaterThan(0)
    expect(ready.data.total_fen).toBe(LIVE_FEN + Math.round(Number(viaExpress.shipping_total) * 100))
    // No promotion a shipping method could move (the live code is items-only, none is automatic): the live line's
    // adjustment is the one the cart's creation wrote, not rewritten after the method was added.
    const carts = getContainer().resolve<ICartModuleService>(Modules.CART)
    const [line] = await carts.listLineItems({ cart_id: ready.data.cart_id })
    const [adjustment] = await carts.listLineItemAdjustments({ item_id: line!.id })
    const [method] = await carts.listShippingMethods({ cart_id: ready.data.cart_id })
    expect(adjustment!.code).toMatch(/^LIVE-/)
    expect(new Date(adjustment!.created_at as Date).getTime()).toBeLessThan(
      new Date(method!.created_at as Date).getTime(),
    )
  })

  it("brings the express cart's promotions up to date after its shipping when one can move: an automatic free shipping", async () => {
    // An automatic free-shipping promotion: it can only apply once a shipping method is in the cart, so it shows
    // whether the express path brings promotions up to date after adding the method, as Medusa's own route does.
    const promotions = getContainer().resolve(Modules.PROMOTION)
    const [freeShipping] = await promotions.createPromotions([
      {
        code: "EXPRESS-FREE-SHIPPING",
        type: "standard",
        status: "active",
        is_automatic: true,
        application_method: { type: "percentage", target_type: "shipping_methods", allocation: "across", value: 100 },
      },
    ])
    try {
      const { ready, viaExpress } = await viaExpressAndSteps(6)
      expect(viaExpress.shipping_methods[0].adjustments).toEqual([
        expect.objectContaining({ code: "EXPRESS-FREE-SHIPPING" }),
      ])
      expect(Number(viaExpress.shipping_total)).toBe(0)
      expect(Math.round(Number(viaExpress.total) * 100)).toBe(LIVE_FEN)
      expect(ready.data.total_fen).toBe(LIVE_FEN)
    } finally {
      await promotions.deletePromotions([freeShipping!.id])
    }
  })

  it("ships an express cart once: a cart that already has a shipping method is refused, its method kept", async () => {
    const ready = await express(fx.code, shopper(8))
    expect([ready.status, ready.data.message]).toEqual([200, undefined])
    const cartId = ready.data.cart_id as string
    const methods = async () =>
      (await getContainer().resolve<ICartModuleService>(Modules.CART).listShippingMethods({ cart_id: cartId })).map(
        (m) => m.shipping_option_id,
      )
    const before = await methods()
    expect(before).toEqual(ready.data.shipping_option_ids)
    // By its id through the app's workflow engine: importing the workflow here would register it a second time.
    const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE)
    const { errors } = await engine.run("ship-express-cart", {
      input: { cart_id: cartId },
      throwOnError: false,
    })
    const again = errors[0]?.error as Error | undefined
    expect(again?.message).toBe(`Cart ${cartId} already has a shipping method.`)
    expect(await methods()).toEqual(before)
  })

  it("makes a signed-in shopper's express cart theirs and in their language from the start", async () => {
    const email = "express-signed-in@example.cn"
    const { me, login } = await registerShopper(email)
    const ready = (await attempt(
      api.post(
        `/store/live/links/${fx.code}/express`,
        { ...shopper(6), email, locale: "en-US" },
        signedIn(login.token),
      ),
    )) as Answer
    expect([ready.status, ready.data.message]).toEqual([200, undefined])
    const cart = await getContainer()
      .resolve<ICartModuleService>(Modules.CART)
      .retrieveCart(ready.data.cart_id, { relations: ["items"] })
    expect(cart).toMatchObject({ customer_id: me.customer.id, locale: "en-US" })
    expect(cart.items!.map((i) => i.product_title)).toEqual(["Fresh Morels"])
    const [claim] = await live().listLiveClaims({ cart_id: ready.data.cart_id })
    expect(claim!.shopper_keys).toContain(`customer:${me.customer.id}`)

    const badLocale = await express(fx.code, { ...shopper(7), locale: "english" })
    expect(badLocale.status).toBe(400)
    expect(badLocale.data.message).toMatch(/locale must be a BCP 47 language tag/)
  })

  it("makes a link's new cart in the language asked for, so the storefront need not update it after", async () => {
    const opened = (await attempt(
      api.post(`/store/live/links/${fx.code}/cart`, { cart_id: null, locale: "en-US" }, store),
    )) as Answer
    expect([opened.status, opened.data.message]).toEqual([200, undefined])
    const { data } = await api.get(`/store/carts/${opened.data.cart_id}?fields=locale,items.product_title`, store)
    expect(data.cart.locale).toBe("en-US")
    expect(data.cart.items.map((i: { product_title: string }) => i.product_title)).toEqual(["Fresh Morels"])
  })

  it("makes a signed-in shopper's new link or shelf cart theirs, so the storefront need not transfer it", async () => {
    const email = "link-signed-in@example.cn"
    const { me, login } = await registerShopper(email)
    const carts = getContainer().resolve<ICartModuleService>(Modules.CART)

    const linked = (await attempt(
      api.post(`/store/live/links/${fx.code}/cart`, { cart_id: null, locale: "en-US" }, signedIn(login.token)),
    )) as Answer
    expect([linked.status, linked.data.message]).toEqual([200, undefined])
    expect(await carts.retrieveCart(linked.data.cart_id)).toMatchObject({ customer_id: me.customer.id, email })
    const [claim] = await live().listLiveClaims({ cart_id: linked.data.cart_id })
    expect(claim!.shopper_keys).toContain(`customer:${me.customer.id}`)

    const shelf = (await attempt(
      api.post(
        `/store/live/sessions/${fx.sessionId}/cart`,
        { cart_id: "cart_gone", session_product_id: fx.offerId, quantity: 1, locale: "zh-CN" },
        signedIn(login.token),
      ),
    )) as Answer
    expect([shelf.status, shelf.data.message]).toEqual([200, undefined])
    expect(shelf.data.cart_id).not.toBe(linked.data.cart_id)
    expect(await carts.retrieveCart(shelf.data.cart_id)).toMatchObject({ customer_id: me.customer.id, email })

    // A guest's new cart has no owner; a token that is not one is answered as a guest's, not refused.
    const guest = (await attempt(api.post(`/store/live/links/${fx.code}/cart`, {}, signedIn("not-a-token")))) as Answer
    expect([guest.status, guest.data.message]).toEqual([200, undefined])
    expect((await carts.retrieveCart(guest.data.cart_id)).customer_id).toBeNull()
  })

  it("answers a sold-out link 409 at once, before any cart is created", async () => {
    const last = await liveFixture(getContainer(), {
      handle: "fresh-morels",
      livePriceFen: LIVE_FEN,
      cap: 1,
      limit: 1,
      rateBps: 500,
    })
    const first = await express(last.code, shopper(4))
    expect([first.status, first.data.message]).toEqual([200, undefined])
    const carts = await cartCount()
    const late = await express(last.code, shopper(5))
    expect(late.status).toBe(409)
    expect(late.data).toMatchObject({ code: "sold_out", session_id: last.sessionId })
    expect(await cartCount()).toBe(carts)
    expect(await held(last.offerId)).toBe(1)
  })
})
