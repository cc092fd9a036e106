import { topic } from "../runner"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../src/modules/livestream"
import type LivestreamModuleService from "../../src/modules/livestream/service"
import { waitFor } from "./checkout-helpers"
import { attempt, SHIPPING_ADDRESS, type Auth } from "./cooperative-helpers"
import { seededLiveFixture, type LiveFixture } from "./live-fixture"
import { openLink, readyToPay } from "./live-checkout"

// Limit 5 per shopper: a guest who changes the email but ships to the same mobile is the same shopper (#12 item 4).
const LIMIT = 5

export default topic("live-guest-limits", ({ api, getContainer }) => {
  let store: Auth
  let fx: LiveFixture
  const live = () => getContainer().resolve<LivestreamModuleService>(LIVESTREAM_MODULE)

  beforeAll(async () => {
    ;({ store, fx } = await seededLiveFixture(getContainer(), { cap: 100, limit: LIMIT }))
  })

  /** A guest cart from the link holding `quantity` live units, ready to pay with this email and phone. */
  async function guestCart(email: string, quantity: number, phone = SHIPPING_ADDRESS.phone) {
    const cartId = await openLink(api, store, fx.code)
    const { data } = await api.get(`/store/carts/${cartId}?fields=*items`, store)
    await api.post(`/store/carts/${cartId}/line-items/${data.cart.items[0].id}`, { quantity }, store)
    await readyToPay(api, store, cartId, email, undefined, { ...SHIPPING_ADDRESS, phone })
    return cartId
  }
  const complete = async (cartId: string) =>
    (await attempt(api.post(`/store/carts/${cartId}/complete`, {}, store))) as {
      status: number
      data: { type?: string; message?: string }
    }
  const sold = async () => (await live().listSessionProducts({ id: fx.offerId }))[0]!.sold

  it("three guest carts with three emails and one mobile number get 5 units in all", async () => {
    const first = await complete(await guestCart("one@example.cn", 3))
    expect(first.status).toBe(200)
    expect(first.data.type).toBe("order")
    // The cooperative's new-order alert names the 3 units (it once read 0 from the order's line).
    await waitFor(async () => {
      const [alert] = await getContainer()
        .resolve<INotificationModuleService>(Modules.NOTIFICATION)
        .listNotifications({ template: "cooperative-new-order" })
      return !!alert && (alert.data as { items: { quantity: number }[] }).items[0]!.quantity === 3
    }, 10_000)

    // The same phone written with +86 and dashes, a new email: 3 more would pass the limit.
    const secondCart = await guestCart("two@example.cn", 3, "+86 139-0013-9000")
    const refused = await complete(secondCart)
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(
      /limit 5 per shopper in this live session, you already bought 3\. Lower the quantity to 2/,
    )
    const { data } = await api.get(`/store/carts/${secondCart}?fields=*items`, store)
    await api.post(`/store/carts/${secondCart}/line-items/${data.cart.items[0].id}`, { quantity: 2 }, store)
    // A new total needs a new payment session, as the storefront's checkout makes.
    await readyToPay(api, store, secondCart, "two@example.cn", undefined, {
      ...SHIPPING_ADDRESS,
      phone: "+86 139-0013-9000",
    })
    expect((await complete(secondCart)).data.type).toBe("order")

    const third = await complete(await guestCart("three@example.cn", 1, "8613900139000"))
    expect(third.status).toBe(400)
    expect(third.data.message).toMatch(/you already bought 5\. Lower the quantity to 0 or remove it/)

    expect(await sold()).toBe(LIMIT)
    const claims = await live().listLiveClaims({ session_product_id: fx.offerId })
    expect(claims.reduce((n, c) => n + c.quantity, 0)).toBe(LIMIT)
    expect(claims.every((c) => c.shopper_keys.includes("mobile:+8613900139000"))).toBe(true)

    // Another shopper (own email, own phone) is not held to the first one's purchases.
    expect((await complete(await guestCart("neighbour@example.cn", 2, "13700137000"))).data.type).toBe("order")
    expect(await sold()).toBe(LIMIT + 2)
  })
})
