import { topic } from "../runner"
import { LiveCartResponseSchema } from "@fengshou/live-contract"
import { LIVESTREAM_MODULE } from "../../src/modules/livestream"
import type LivestreamModuleService from "../../src/modules/livestream/service"
import { attempt, SHIPPING_ADDRESS, type Auth } from "./cooperative-helpers"
import { seededLiveFixture, type LiveFixture } from "./live-fixture"

// #12: once the cap is reached, a click hears "sold out" from one read, without the hold's transaction and its row
// lock (put-in-cart.ts, claims.ts refuseSoldOutHold); an expired hold or the shopper's own claims still go through
// the claim, which may give units back or answer with the limit.
const CAP = 2

type Answer = { status: number; data: Record<string, unknown> }
const answer = async (call: Promise<{ status: number; data: unknown }>): Promise<Answer> => {
  const { status, data } = await attempt(call)
  return { status, data: data as Record<string, unknown> }
}

export default topic("live-sold-out-click", ({ api, dbConnection, getContainer }) => {
  let store: Auth
  let fx: LiveFixture
  const live = () => getContainer().resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const offer = async () => (await live().listSessionProducts({ id: fx.offerId }))[0]!
  const claims = () => live().listLiveClaims({ session_product_id: fx.offerId })
  const cartCount = async () => Number((await dbConnection.raw(`select count(*) as n from cart`)).rows[0].n)
  const shopper = (n: number) => ({
    email: `fan${n}@example.cn`,
    shipping_address: { ...SHIPPING_ADDRESS, phone: `+86 139-${String(n).padStart(4, "0")}-0000` },
  })
  const clicks = {
    link: () => answer(api.post(`/store/live/links/${fx.code}/cart`, {}, store)),
    hold: () => answer(api.post(`/store/live/links/${fx.code}/hold`, {}, store)),
    shelf: () =>
      answer(
        api.post(`/store/live/sessions/${fx.sessionId}/cart`, { session_product_id: fx.offerId, quantity: 1 }, store),
      ),
    express: (n: number) => answer(api.post(`/store/live/links/${fx.code}/express`, shopper(n), store)),
  }
  const sellOut = async () => {
    const carts: string[] = []
    for (let i = 0; i < CAP; i++) {
      const held = await clicks.link()
      expect(held.status).toBe(200)
      carts.push(LiveCartResponseSchema.parse(held.data).cart_id)
    }
    expect((await offer()).sold).toBe(CAP)
    return carts
  }

  beforeAll(async () => {
    ;({ store, fx } = await seededLiveFixture(getContainer(), { cap: CAP, limit: 1 }))
  })

  it("answers sold out on every click route while another transaction holds the offer's row lock, writing nothing", async () => {
    await sellOut()
    // What the claim itself answers a new cart's click now (it refuses, so it writes nothing either).
    const claim = await live().holdUnits({
      cartId: "hold_probe",
      shopperKeys: ["cart:hold_probe"],
      items: [{ session_product_id: fx.offerId, quantity: 1 }],
    })
    expect(claim.granted).toEqual([])
    const expected = {
      type: "not_allowed",
      code: "sold_out",
      message: claim.refused[0]!.message,
      session_id: fx.sessionId,
    }
    expect(expected.message).toMatch(/sold out in this live session/)
    const cartsBefore = await cartCount()

    // The claim's transaction would queue behind this lock until it is released; the clicks must not.
    const lock = await dbConnection.transaction()
    let answers: Answer[] | "waited on the lock"
    try {
      await lock.raw(`select id from live_session_product where id = ? for update`, [fx.offerId])
      answers = await Promise.race([
        Promise.all([clicks.link(), clicks.hold(), clicks.shelf(), clicks.express(7)]),
        new Promise<"waited on the lock">((resolve) => setTimeout(() => resolve("waited on the lock"), 15_000)),
      ])
    } finally {
      await lock.rollback()
    }
    expect(answers).not.toBe("waited on the lock")
    for (const a of answers as Answer[]) expect(a).toEqual({ status: 409, data: expected })

    expect((await offer()).sold).toBe(CAP)
    expect(await claims()).toHaveLength(CAP)
    expect(await cartCount()).toBe(cartsBefore)
  }, 120_000)

  it("still runs the claim when a hold on the offer has expired: the next click gets its unit", async () => {
    const carts = await sellOut()
    await dbConnection.raw(`update live_claim set expires_at = now() - interval '1 second' where cart_id = ?`, [
      carts[0],
    ])
    const again = await clicks.link()
    expect(again.status).toBe(200)
    const { cart_id, holds } = LiveCartResponseSchema.parse(again.data)
    expect(holds).toEqual([expect.objectContaining({ session_product_id: fx.offerId, quantity: 1 })])
    expect((await offer()).sold).toBe(CAP)
    expect(new Set((await claims()).map((c) => c.cart_id))).toEqual(new Set([carts[1], cart_id]))
    // Sold out again, with no expired hold left: the quick answer.
    expect(await clicks.link()).toMatchObject({ status: 409, data: { code: "sold_out" } })
  }, 120_000)

  it("keeps the limit's answer for a shopper who already holds a unit of the sold-out offer", async () => {
    expect((await clicks.express(1)).status).toBe(200)
    expect((await clicks.link()).status).toBe(200)
    expect((await offer()).sold).toBe(CAP)
    expect(await clicks.express(1)).toMatchObject({ status: 400, data: { code: "live_limit_reached" } })
    expect(await clicks.express(2)).toMatchObject({ status: 409, data: { code: "sold_out" } })
    expect(await claims()).toHaveLength(CAP)
  }, 120_000)
})
