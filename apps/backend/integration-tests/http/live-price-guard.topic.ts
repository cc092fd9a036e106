import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { topic } from "../runner"
import type { IProductModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { seedDemoData } from "../../src/scripts/seed/index"
import { LIVESTREAM_MODULE } from "../../src/modules/livestream"
import type LivestreamModuleService from "../../src/modules/livestream/service"
import { waitFor } from "./checkout-helpers"
import { attempt, loginCooperative, type Auth } from "./cooperative-helpers"
import { liveFixture, type LiveFixture } from "./live-fixture"
import { openLink, readyToPay } from "./live-checkout"

// #12 item 1: fresh morels, shelf ¥89, sold live at ¥80. The cooperative then moves the shelf price.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const LIVE_FEN = 8000

type Answer = { status: number; data: { message?: string; type?: string; code?: string } }

export default topic("live-price-guard", ({ api, getContainer }) => {
  let store: Auth
  let beima: Auth
  let fx: LiveFixture
  let productId: string
  const live = () => getContainer().resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const offer = async () => (await live().listSessionProducts({ id: fx.offerId }))[0]!
  const lineFen = async (cartId: string) => {
    const { data } = await api.get(`/store/carts/${cartId}?fields=*items,+items.total`, store)
    return Math.round(Number(data.cart.items[0].total) * 100) / data.cart.items[0].quantity
  }
  /** The cooperative sets the shelf price in its portal; the offer follows once the subscriber has run. */
  const setShelf = async (priceFen: number) => {
    await api.post(
      `/cooperative/products/${productId}`,
      { variants: [{ id: fx.variantId, price_fen: priceFen }] },
      beima,
    )
    await waitFor(async () => (await offer()).base_price_fen === priceFen, 15_000)
  }
  /** The cooperative's live floor for the size, set in its portal like the price. */
  const setFloor = (fen: number) =>
    api.post(`/cooperative/products/${productId}`, { variants: [{ id: fx.variantId, live_floor_fen: fen }] }, beima)

  beforeAll(async () => {
    const seeded = await seedDemoData(getContainer(), { staticDir })
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    beima = await loginCooperative(api, "beima@demo.fengshou.local")
    fx = await liveFixture(getContainer(), {
      handle: "fresh-morels",
      livePriceFen: LIVE_FEN,
      cap: 50,
      limit: 5,
      rateBps: 500,
    })
    productId = (
      await getContainer().resolve<IProductModuleService>(Modules.PRODUCT).retrieveProductVariant(fx.variantId)
    ).product_id!
  })

  it("sells at the live price whatever the shelf does above it, follows it down to the floor, and pauses below", async () => {
    const early = await openLink(api, store, fx.code)
    expect(await lineFen(early)).toBe(LIVE_FEN)

    // Shelf raised to ¥120: new and open carts still pay ¥80, not ¥120 − the old ¥9 off.
    await setShelf(12000)
    expect(await lineFen(await openLink(api, store, fx.code))).toBe(LIVE_FEN)
    expect(await lineFen(early)).toBe(LIVE_FEN)

    // Shelf lowered to ¥1 with a ¥1 floor: the shopper pays ¥1, never ¥0 (the old discount would have made it free).
    await setFloor(100)
    await setShelf(100)
    expect((await offer()).paused_reason).toBeNull()
    const cheap = await openLink(api, store, fx.code)
    expect(await lineFen(cheap)).toBe(100)
    expect(await lineFen(early)).toBe(100)

    // Shelf ¥1.01 under a ¥50 floor: the offer pauses, and the link says why; the portal shows the floor.
    await setFloor(5000)
    await setShelf(101)
    const { data: own } = await api.get(`/cooperative/products/${productId}`, beima)
    expect(own.product.variants.find((v: { id: string }) => v.id === fx.variantId).live_floor_fen).toBe(5000)
    expect((await offer()).paused_reason).toMatch(/below its live floor ¥50\.00/)
    const refused = (await attempt(api.post(`/store/live/links/${fx.code}/cart`, {}, store))) as Answer
    expect(refused.status).toBe(410)
    expect(refused.data.message).toMatch(/lowered the shelf price to ¥1\.01, below its live floor ¥50\.00/)

    // Back above the floor: selling again at the live price.
    await setShelf(8900)
    expect((await offer()).paused_reason).toBeNull()
    const back = await openLink(api, store, fx.code)
    expect(await lineFen(back)).toBe(LIVE_FEN)
    await readyToPay(api, store, back, "fan@example.cn")
    const done = await api.post(`/store/carts/${back}/complete`, {}, store)
    expect(done.data.type).toBe("order")
  })
})
