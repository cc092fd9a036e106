import { topic } from "../runner"
import { randomBytes } from "node:crypto"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  LiveCartHoldsSchema,
  LiveCartResponseSchema,
  LiveExpressResponseSchema,
  LiveHoldResponseSchema,
} from "@fengshou/live-contract"
import { LIVESTREAM_MODULE } from "../../src/modules/livestream"
import type LivestreamModuleService from "../../src/modules/livestream/service"
import { waitFor } from "./checkout-helpers"
import { attempt, SHIPPING_ADDRESS, type Auth } from "./cooperative-helpers"
import { liveFixture, seededLiveFixture, type LiveFixture } from "./live-fixture"
import { readyToPay } from "./live-checkout"

// #12: the click on a live link only holds (POST /store/live/links/:code/hold, no cart, no workflow); the cart is made
// when the shopper goes on, with the hold token, and the token's holds move to it instead of holding twice.
// Fresh morels, shelf ¥89.00, live ¥79.00.
const LIVE_FEN = 7900
const CAP = 5

type Answer = { status: number; data: Record<string, any> } // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON

export default topic("live-hold-click", ({ api, dbConnection, getContainer }) => {
  let store: Auth
  let fx: LiveFixture
  const live = () => getContainer().resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const sold = async (offerId = fx.offerId) => (await live().listSessionProducts({ id: offerId }))[0]!.sold
  const claims = (offerId = fx.offerId) => live().listLiveClaims({ session_product_id: offerId })
  const cartCount = async () => Number((await dbConnection.raw(`select count(*) as n from cart`)).rows[0].n)
  const post = (path: string, body: unknown) => attempt(api.post(path, body, store)) as Promise<Answer>
  const hold = (body: unknown = {}, code = fx.code) => post(`/store/live/links/${code}/hold`, body)
  const held = async (body: unknown = {}, code = fx.code) => {
    const answer = await hold(body, code)
    expect([answer.status, answer.data.message]).toEqual([200, undefined])
    return LiveHoldResponseSchema.parse(answer.data)
  }
  const holdsOf = async (id: string) =>
    LiveCartHoldsSchema.parse((await api.get(`/store/live/carts/${id}/holds`, store)).data)
  const shopper = (n: number, phone = `+86 139-${String(n).padStart(4, "0")}-0000`) => ({
    email: `fan${n}@example.cn`,
    shipping_address: { ...SHIPPING_ADDRESS, phone },
  })
  const expire = (cartId: string) =>
    dbConnection.raw(`update live_claim set expires_at = now() - interval '1 second' where cart_id = ?`, [cartId])

  beforeAll(async () => {
    ;({ store, fx } = await seededLiveFixture(getContainer(), { cap: CAP, limit: 1, livePriceFen: LIVE_FEN }))
  })

  it("holds the link's units under a new token without a cart, and holds once when the token comes again", async () => {
    const carts = await cartCount()
    const first = await held()
    expect(first.hold_token).toMatch(/^hold_[0-9a-f]{32}$/)
    expect(first.session_id).toBe(fx.sessionId)
    expect(first.holds).toEqual([
      { session_product_id: fx.offerId, variant_id: fx.variantId, quantity: 1, expires_at: expect.any(String) },
    ])
    // The countdown runs on the server's clock: about 10 minutes from `now`.
    const left = Date.parse(first.holds[0]!.expires_at) - Date.parse(first.now)
    expect(left).toBeGreaterThan(9 * 60_000)
    expect(left).toBeLessThanOrEqual(10 * 60_000)
    expect(await sold()).toBe(1)
    expect(await cartCount()).toBe(carts)
    expect(await claims()).toEqual([
      expect.objectContaining({ cart_id: first.hold_token, shopper_keys: [`cart:${first.hold_token}`] }),
    ])

    const again = await held({ hold_token: first.hold_token })
    expect(again).toEqual({ ...first, now: expect.any(String) })
    expect(await sold()).toBe(1)
    // The held page's countdown reads the token's holds as it reads a cart's.
    expect((await holdsOf(first.hold_token)).holds).toEqual(first.holds)

    // Another shopper's click holds its own unit under its own token.
    const other = await held()
    expect(other.hold_token).not.toBe(first.hold_token)
    expect(await sold()).toBe(2)
  })

  it("holds once for one token tapped five times at the same instant", async () => {
    const hold_token = `hold_${randomBytes(16).toString("hex")}`
    const taps = await Promise.all(Array.from({ length: 5 }, () => hold({ hold_token })))
    expect(taps.map((t) => t.status)).toEqual([200, 200, 200, 200, 200])
    for (const t of taps)
      expect(LiveHoldResponseSchema.parse(t.data).holds).toEqual([expect.objectContaining({ quantity: 1 })])
    expect(await sold()).toBe(1)
    expect(await claims()).toEqual([expect.objectContaining({ cart_id: hold_token, quantity: 1 })])
  })

  it("counts a signed-in customer at the click: a second token of the same customer hears the limit", async () => {
    const email = "signed-in@example.cn"
    const { data: reg } = await api.post(`/auth/customer/emailpass/register`, { email, password: "shopper-pass-1" })
    const bearer = (token: string) => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
    const { data: me } = await api.post(`/store/customers`, { email }, bearer(reg.token))
    const { data: login } = await api.post(`/auth/customer/emailpass`, { email, password: "shopper-pass-1" })
    const signedIn = (body: unknown) =>
      attempt(api.post(`/store/live/links/${fx.code}/hold`, body, bearer(login.token))) as Promise<Answer>
    const first = LiveHoldResponseSchema.parse((await signedIn({})).data)
    expect(await claims()).toEqual([
      expect.objectContaining({
        cart_id: first.hold_token,
        shopper_keys: [`cart:${first.hold_token}`, `customer:${me.customer.id}`],
      }),
    ])
    // A new token (cookies cleared) does not pass the limit of 1 while signed in.
    expect(await signedIn({})).toMatchObject({ status: 400, data: { code: "live_limit_reached" } })
    expect(await sold()).toBe(1)
  })

  it("refuses a malformed token or an unknown field with a 400 that says so, holding nothing", async () => {
    const bad = await hold({ hold_token: "hold_123" })
    expect(bad.status).toBe(400)
    expect(bad.data.message).toMatch(/hold_token must be the token a hold answered \(hold_ and 32 hex digits\)/)
    const upper = await hold({ hold_token: `hold_${"A".repeat(32)}` })
    expect(upper.status).toBe(400)
    const extra = await hold({ quantity: 3 })
    expect(extra.status).toBe(400)
    expect(extra.data.message).toMatch(/quantity/)
    const cart = await post(`/store/live/links/${fx.code}/cart`, { hold_token: "cart_01" })
    expect(cart.status).toBe(400)
    expect(await sold()).toBe(0)
  })

  it("answers 404 for an unknown link and 409 sold out at the cap, writing nothing", async () => {
    expect(await hold({}, "NOSUCHLINK")).toMatchObject({ status: 404, data: { code: "link_unknown" } })
    for (let i = 0; i < CAP; i++) await held()
    const before = { sold: await sold(), claims: (await claims()).length, carts: await cartCount() }
    expect(before.sold).toBe(CAP)
    const late = await hold()
    expect(late).toMatchObject({
      status: 409,
      data: { code: "sold_out", session_id: fx.sessionId, message: expect.stringMatching(/sold out/) },
    })
    // A token whose hold is gone hears the same.
    expect(await hold({ hold_token: `hold_${randomBytes(16).toString("hex")}` })).toMatchObject({ status: 409 })
    expect({ sold: await sold(), claims: (await claims()).length, carts: await cartCount() }).toEqual(before)
  })

  it("makes the cart from the token's holds at the live price: the claims move to it, no second unit is taken", async () => {
    const { hold_token } = await held()
    const answer = await post(`/store/live/links/${fx.code}/cart`, { hold_token })
    expect([answer.status, answer.data.message]).toEqual([200, undefined])
    const { cart_id, holds } = LiveCartResponseSchema.parse(answer.data)
    expect(holds).toEqual([expect.objectContaining({ session_product_id: fx.offerId, quantity: 1 })])
    expect(await sold()).toBe(1)
    // The cart has no email or mobile yet: it counts as itself from now on.
    expect(await claims()).toEqual([expect.objectContaining({ cart_id, shopper_keys: [`cart:${cart_id}`] })])
    expect((await holdsOf(hold_token)).holds).toEqual([])
    const { data } = await api.get(`/store/carts/${cart_id}?fields=+metadata,*items,+items.total`, store)
    expect(data.cart.items).toHaveLength(1)
    expect(data.cart.items[0]).toMatchObject({ variant_id: fx.variantId, quantity: 1 })
    expect(Math.round(Number(data.cart.items[0].total) * 100)).toBe(LIVE_FEN)
    expect(data.cart.metadata).toMatchObject({ live_session_id: fx.sessionId, host_id: fx.hostId })

    // The same token again (a second tap): its hold is gone, so the cart route holds anew for a new cart.
    const reopened = await post(`/store/live/links/${fx.code}/cart`, { cart_id, hold_token })
    expect(reopened.status).toBe(200)
    expect(LiveCartResponseSchema.parse(reopened.data).cart_id).toBe(cart_id)
    expect(await sold()).toBe(1)
  })

  it("holds nothing more when the link is opened again from a cart that holds it, and says so", async () => {
    const { hold_token } = await held()
    const { cart_id, holds } = LiveCartResponseSchema.parse(
      (await post(`/store/live/links/${fx.code}/cart`, { hold_token })).data,
    )
    const again = await held({ hold_token, cart_id })
    expect(again).toMatchObject({ hold_token, in_cart: true, holds })
    expect(await sold()).toBe(1)
    expect((await claims()).map((c) => c.cart_id)).toEqual([cart_id])
    // Without the cart (another browser), the same shopper's click is a new hold under the token.
    expect(await held({ hold_token })).toMatchObject({
      in_cart: false,
      holds: [expect.objectContaining({ quantity: 1 })],
    })
    expect(await sold()).toBe(2)
    // A cart that holds nothing (or is unknown) changes nothing.
    expect(await held({ hold_token, cart_id: "cart_unknown" })).toMatchObject({ in_cart: false })
    expect(await sold()).toBe(2)
  })

  it("gives the token's hold back for an offer the cart already has: the cart's own line stands", async () => {
    const first = LiveCartResponseSchema.parse((await post(`/store/live/links/${fx.code}/cart`, {})).data)
    const { hold_token } = await held()
    expect(await sold()).toBe(2)
    const answer = await post(`/store/live/links/${fx.code}/cart`, { cart_id: first.cart_id, hold_token })
    expect(LiveCartResponseSchema.parse(answer.data)).toMatchObject({ cart_id: first.cart_id, holds: first.holds })
    expect(await sold()).toBe(1)
    expect((await claims()).map((c) => c.cart_id)).toEqual([first.cart_id])
  })

  it("takes the express path with the token: the payment session, then the standard completion converts the hold", async () => {
    const { hold_token } = await held()
    const ready = await post(`/store/live/links/${fx.code}/express`, { ...shopper(1), hold_token })
    expect([ready.status, ready.data.message]).toEqual([200, undefined])
    const body = LiveExpressResponseSchema.parse(ready.data)
    expect(body.payment_session.provider_id).toBe("pp_system_default")
    expect(body.holds).toEqual([expect.objectContaining({ session_product_id: fx.offerId, quantity: 1 })])
    expect(await sold()).toBe(1)
    // From the move on, the limit counts the cart's email and mobile.
    expect(await claims()).toEqual([
      expect.objectContaining({
        cart_id: body.cart_id,
        shopper_keys: ["email:fan1@example.cn", "mobile:+8613900010000"],
      }),
    ])

    const { data: done } = await api.post(`/store/carts/${body.cart_id}/complete`, {}, store)
    expect(done.type).toBe("order")
    // The order's claims are tied to it when order.placed is handled.
    await waitFor(async () => (await claims()).every((c) => c.order_id), 30_000)
    const [claim, ...more] = await claims()
    expect(more).toEqual([])
    expect(claim).toMatchObject({ cart_id: body.cart_id, order_id: done.order.id, expires_at: null, quantity: 1 })
    expect(await sold()).toBe(1)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["total", "items.total", "items.quantity"],
      filters: { id: done.order.id },
    })
    expect(Math.round(Number((data[0] as { items: { total: number }[] }).items[0]!.total) * 100)).toBe(LIVE_FEN)
  })

  it("holds again when the token's hold expired and units are left", async () => {
    const { hold_token } = await held()
    await expire(hold_token)
    // Opening the link with the token again holds anew, under the same token.
    const again = await held({ hold_token })
    expect(again.hold_token).toBe(hold_token)
    expect(Date.parse(again.holds[0]!.expires_at)).toBeGreaterThan(Date.parse(again.now))
    expect(await sold()).toBe(1)

    // And the cart route with an expired token hold takes the unit again.
    await expire(hold_token)
    const answer = await post(`/store/live/links/${fx.code}/cart`, { hold_token })
    const { cart_id, holds } = LiveCartResponseSchema.parse(answer.data)
    expect(holds).toEqual([expect.objectContaining({ quantity: 1 })])
    expect(Date.parse(holds[0]!.expires_at)).toBeGreaterThan(Date.now())
    expect(await sold()).toBe(1)
    expect((await claims()).map((c) => c.cart_id)).toEqual([cart_id])
  })

  it("limit 5: three tokens hold 2 each at the click; with three emails and one mobile the checkouts get 5 in all", async () => {
    const five = await liveFixture(getContainer(), {
      handle: "fresh-morels",
      livePriceFen: LIVE_FEN,
      cap: 100,
      limit: 5,
      rateBps: 500,
    })
    const code = randomBytes(5).toString("hex").toUpperCase()
    await live().createCartLinks({
      code,
      session_id: five.sessionId,
      items: [{ session_product_id: five.offerId, quantity: 2 }] as unknown as Record<string, unknown>,
      expires_at: new Date(Date.now() + 86_400_000),
    })
    // At the click only the tokens are known: three "shoppers" hold 6 units.
    const tokens = [await held({}, code), await held({}, code), await held({}, code)].map((h) => h.hold_token)
    expect(await sold(five.offerId)).toBe(6)

    const mobile = "13900139000"
    const checkout = async (n: number) => {
      const ready = await post(`/store/live/links/${code}/express`, { ...shopper(n, mobile), hold_token: tokens[n] })
      expect([ready.status, ready.data.message]).toEqual([200, undefined])
      const { cart_id } = LiveExpressResponseSchema.parse(ready.data)
      return { cart_id, done: await post(`/store/carts/${cart_id}/complete`, {}) }
    }
    expect((await checkout(0)).done.data.type).toBe("order")
    expect((await checkout(1)).done.data.type).toBe("order")
    const third = await checkout(2)
    expect(third.done.status).toBe(400)
    expect(third.done.data.message).toMatch(/limit 5 per shopper.*you already bought 4\. Lower the quantity to 1/)
    // The unit held beyond the limit went back at once.
    expect(await sold(five.offerId)).toBe(5)
    const { data } = await api.get(`/store/carts/${third.cart_id}?fields=*items`, store)
    await api.post(`/store/carts/${third.cart_id}/line-items/${data.cart.items[0].id}`, { quantity: 1 }, store)
    await readyToPay(api, store, third.cart_id, "fan2@example.cn", undefined, { ...SHIPPING_ADDRESS, phone: mobile })
    expect((await post(`/store/carts/${third.cart_id}/complete`, {})).data.type).toBe("order")

    await waitFor(async () => (await claims(five.offerId)).every((c) => c.order_id), 30_000)
    const all = await claims(five.offerId)
    expect(all.every((c) => c.order_id && c.shopper_keys.includes("mobile:+8613900139000"))).toBe(true)
    expect(all.reduce((n, c) => n + c.quantity, 0)).toBe(5)
    expect(await sold(five.offerId)).toBe(5)
  })
})
