import { integrationRunner } from "../runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../src/modules/livestream"
import type LivestreamModuleService from "../../src/modules/livestream/service"
import { waitFor } from "./checkout-helpers"
import type { Auth } from "./cooperative-helpers"
import { seededLiveFixture, type LiveFixture } from "./live-fixture"
import { openLink, pool, preparedLiveCart, readyToPay } from "./live-checkout"

// The flash-sale guarantee: a cap of 20 morel packs, 40 shoppers (one pack each) press "pay" at the same moment.
// (Twice as many shoppers as packs is what matters: 200/100 proved the same in 3 min of CI, 80/40 in 110 s, this in
// about 55; admission at the click under 1,000 shoppers is live-holds.topic.ts's.)
const SHOPPERS = 40
const CAP = 20

integrationRunner({
  seeded: true,
  testSuite: ({ api, getContainer }) => {
    let store: Auth
    let fx: LiveFixture
    const live = () => getContainer().resolve<LivestreamModuleService>(LIVESTREAM_MODULE)

    beforeAll(async () => {
      ;({ store, fx } = await seededLiveFixture(getContainer(), { cap: CAP, limit: 1 }))
    })

    // Preparing the carts takes most of this test's minutes (Medusa's cart workflows, ~0.5 s of CPU each).
    it(`sells exactly ${CAP} units to ${SHOPPERS} concurrent checkouts, tells the rest "sold out", and leaks no claim or reservation`, async () => {
      const t0 = Date.now()
      const first = await openLink(api, store, fx.code)
      const options = await readyToPay(api, store, first, "fan0@example.cn")
      const carts = [
        first,
        ...(await pool(SHOPPERS - 1, 4, (i) =>
          preparedLiveCart(getContainer(), {
            ...fx,
            email: `fan${i + 1}@example.cn`,
            phone: `139${String(i + 1).padStart(8, "0")}`,
            optionIds: options,
          }),
        )),
      ]

      const t1 = Date.now()
      type Outcome = { type?: string; status?: number; code?: string; message?: string; order?: { id: string } }
      const results: Outcome[] = await Promise.all(
        carts.map((id) =>
          api.post(`/store/carts/${id}/complete`, {}, store).then(
            (r: { data: Outcome }) => r.data,
            (e: { response: { status: number; data: Outcome } }) => ({ status: e.response.status, ...e.response.data }),
          ),
        ),
      )
      console.info(
        `flash sale: ${SHOPPERS} carts ready in ${Date.now() - t0 - (Date.now() - t1)} ms, all completions answered in ${Date.now() - t1} ms`,
      )
      const orders = results.filter((r) => r.type === "order")
      const refused = results.filter((r) => r.type !== "order")
      expect(orders).toHaveLength(CAP)
      expect(refused).toHaveLength(SHOPPERS - CAP)
      for (const r of refused) {
        expect(r).toMatchObject({ status: 400, code: "live_sold_out" })
        expect(r.message).toMatch(/sold out in this live session/)
      }

      const [offer] = await live().listSessionProducts({ id: fx.offerId })
      expect(offer!.sold).toBe(CAP)
      await waitFor(async () => (await live().listLiveOrders({ session_id: fx.sessionId })).length === CAP, 60_000)
      const claims = await live().listLiveClaims({ session_product_id: fx.offerId })
      expect(claims).toHaveLength(CAP)
      expect(claims.every((c) => c.order_id)).toBe(true)
      expect(new Set(claims.map((c) => c.order_id))).toEqual(new Set(orders.map((o) => o.order!.id)))

      // Medusa's own inventory agrees: one reservation per sold unit, none for a refused checkout.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "reservation_item",
        fields: ["quantity", "line_item_id"],
        filters: { inventory_item_id: await morelItem() },
      })
      expect(data.reduce((s, r) => s + Number((r as { quantity: number }).quantity), 0)).toBe(CAP)
      expect((await live().sessionStats(fx.sessionId))!).toMatchObject({ orders: CAP, units: CAP, gmv_fen: CAP * 7900 })
    }, 900_000)

    async function morelItem() {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: fx.variantId },
      })
      return (data[0] as unknown as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0]!
        .inventory_item_id
    }
  },
})
