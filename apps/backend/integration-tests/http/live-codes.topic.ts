import { topic } from "../runner"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../src/modules/livestream"
import type LivestreamModuleService from "../../src/modules/livestream/service"
import { attempt, SHIPPING_ADDRESS, type Auth } from "./cooperative-helpers"
import { seededLiveFixture, type LiveFixture } from "./live-fixture"
import { openLink, readyToPay } from "./live-checkout"

// #12 item 3: a live code cannot be typed into a cart, never shows in a store payload, and a live price in a cart
// without the session stamp does not check out (so no order loses its host, session and commission).

type Answer = { status: number; data: { message?: string; type?: string; cart?: { id: string } } }

export default topic("live-codes", ({ api, getContainer }) => {
  let store: Auth
  let fx: LiveFixture
  const live = () => getContainer().resolve<LivestreamModuleService>(LIVESTREAM_MODULE)

  beforeAll(async () => {
    ;({ store, fx } = await seededLiveFixture(getContainer(), { cap: 10, limit: 2 }))
  })

  it("refuses live codes typed by hand, hides them from carts and orders, and keeps attribution", async () => {
    // By hand, on a new cart or an existing one, in any case: 400 telling the shopper to use the link.
    const onCreate = (await attempt(
      api.post(
        `/store/carts`,
        { items: [{ variant_id: fx.variantId, quantity: 1 }], promo_codes: [fx.promoCode] },
        store,
      ),
    )) as Answer
    expect(onCreate.status).toBe(400)
    expect(onCreate.data.message).toMatch(/Live prices come only with the host's cart link/)
    const { data: plain } = await api.post(
      `/store/carts`,
      { items: [{ variant_id: fx.variantId, quantity: 1 }] },
      store,
    )
    for (const code of [fx.promoCode, fx.promoCode.toLowerCase()]) {
      const typed = (await attempt(
        api.post(`/store/carts/${plain.cart.id}/promotions`, { promo_codes: [code] }, store),
      )) as Answer
      expect(typed.status).toBe(400)
    }
    const after = await api.get(`/store/carts/${plain.cart.id}?fields=*promotions,*items.adjustments`, store)
    expect(after.data.cart.promotions).toEqual([])

    // A live price that reached an unstamped cart another way (here: a workflow call) does not check out.
    const { result: unstamped } = await createCartWorkflow(getContainer()).run({
      input: {
        email: "sly@example.cn",
        shipping_address: SHIPPING_ADDRESS,
        items: [{ variant_id: fx.variantId, quantity: 1 }],
        promo_codes: [fx.promoCode],
      },
    })
    await readyToPay(api, store, unstamped.id, "sly@example.cn")
    const refused = (await attempt(api.post(`/store/carts/${unstamped.id}/complete`, {}, store))) as Answer
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(/did not come from a host's cart link/)
    expect((await live().listSessionProducts({ id: fx.offerId }))[0]!.sold).toBe(0)

    // Through the link: the discount shows, the code does not, in the cart and in the placed order.
    const cartId = await openLink(api, store, fx.code)
    const cart = await api.get(`/store/carts/${cartId}?fields=*promotions,*items.adjustments,+metadata`, store)
    expect(JSON.stringify(cart.data)).not.toContain(fx.promoCode)
    expect(cart.data.cart.promotions.map((p: { code: string }) => p.code)).toEqual(["LIVE"])
    expect(cart.data.cart.items[0].adjustments[0].code).toBe("LIVE")
    await readyToPay(api, store, cartId, "fan@example.cn")
    const done = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(done.data.type).toBe("order")
    expect(JSON.stringify(done.data)).not.toContain(fx.promoCode)
    const {
      data: [order],
    } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "order", fields: ["metadata", "item_total"], filters: { id: done.data.order.id } })
    expect(order!.metadata).toMatchObject({ live_session_id: fx.sessionId, host_id: fx.hostId })
    expect(Math.round(Number(order!.item_total) * 100)).toBe(7900)
  })

  it("titles the shelf and the link in the shopper's language with Medusa's store locale, zh by default", async () => {
    const zhShelf = await api.get(`/store/live/sessions/${fx.sessionId}`, store)
    expect(zhShelf.data.session.products[0]).toMatchObject({ product_title: "鲜羊肚菌", variant_title: "500 g" })
    const enShelf = await api.get(`/store/live/sessions/${fx.sessionId}?locale=en-US`, store)
    expect(enShelf.data.session.products[0]).toMatchObject({ product_title: "Fresh Morels", variant_title: "500 g" })
    expect(enShelf.data.session.products[0].live_price_fen).toBe(7900)
    const enLink = await api.get(`/store/live/links/${fx.code}`, {
      headers: { ...store.headers, "x-medusa-locale": "en-US" },
    })
    expect(enLink.data.session.products.map((p: { product_title: string }) => p.product_title)).toEqual([
      "Fresh Morels",
    ])
    const zhLink = await api.get(`/store/live/links/${fx.code}?locale=zh-CN`, store)
    expect(zhLink.data.session.products[0].product_title).toBe("鲜羊肚菌")
  })
})
