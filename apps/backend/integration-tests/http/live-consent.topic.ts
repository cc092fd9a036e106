import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { topic } from "../runner"
import type { IProductModuleService, IPromotionModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { Session } from "@fengshou/live-contract"
import { seedDemoData } from "../../src/scripts/seed/index"
import { LIVESTREAM_MODULE } from "../../src/modules/livestream"
import type LivestreamModuleService from "../../src/modules/livestream/service"
import { waitFor } from "./checkout-helpers"
import { attempt, loginCooperative, type Auth } from "./cooperative-helpers"
import { createApprovedHost, createCartLink, createLiveSession } from "./live-helpers"

// #12 item 2: Beima sets a live floor of ¥70 and a largest cap of 50 on its fresh morels (shelf ¥89).
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))

type Answer = { status: number; data: { message?: string; session?: Session } }

export default topic("live-consent", ({ api, getContainer }) => {
  let store: Auth
  let beima: Auth
  let yuanda: Auth
  let variantId: string
  let productId: string

  beforeAll(async () => {
    const seeded = await seedDemoData(getContainer(), { staticDir })
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    beima = await loginCooperative(api, "beima@demo.fengshou.local")
    yuanda = await loginCooperative(api, "yuanda@demo.fengshou.local")
    const [product] = await getContainer()
      .resolve<IProductModuleService>(Modules.PRODUCT)
      .listProducts({ handle: "fresh-morels" }, { relations: ["variants"] })
    variantId = product!.variants[0]!.id
    productId = product!.id
    await api.post(
      `/cooperative/products/${product!.id}`,
      { variants: [{ id: variantId, live_floor_fen: 7000, live_cap_max: 50 }] },
      beima,
    )
  })

  it("holds a host's offer outside the floor or cap until the cooperative approves, and shows a decline's reason", async () => {
    const { headers } = await createApprovedHost(api, getContainer(), { email: "zhubo@example.cn", rate_bps: 500 })
    const host = { headers }
    const { session, sessionProduct } = await createLiveSession(api, headers, {
      variantId,
      livePriceFen: 6000,
      cap: 40,
      limit: 2,
      start: false,
    })
    expect(sessionProduct).toMatchObject({
      consent_status: "pending",
      consent_note: "live price ¥60.00 is below the cooperative's floor ¥70.00",
      consent_floor_fen: 7000,
      consent_cap_max: null,
    })
    // Its promotion stays inactive, even when the shelf price moves and the offer is repriced.
    const promotionStatus = async () => {
      const [offer] = await getContainer()
        .resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
        .listSessionProducts({ id: sessionProduct.id })
      return (
        await getContainer().resolve<IPromotionModuleService>(Modules.PROMOTION).retrievePromotion(offer!.promotion_id)
      ).status
    }
    expect(await promotionStatus()).toBe("inactive")
    await api.post(`/cooperative/products/${productId}`, { variants: [{ id: variantId, price_fen: 9900 }] }, beima)
    await waitFor(
      async () =>
        (await api.get(`/host/sessions/${session.id}`, host)).data.session.products[0].base_price_fen === 9900,
      15_000,
    )
    expect(await promotionStatus()).toBe("inactive")
    // Cannot start while pending; a link of it sells nothing.
    const start = (await attempt(api.post(`/host/sessions/${session.id}/start`, {}, host))) as Answer
    expect(start.status).toBe(400)
    expect(start.data.message).toMatch(/cannot start yet: 鲜羊肚菌 .* \(waiting for the cooperative's approval\)/)

    // The cooperative sees it waiting; another cooperative cannot see or decide it.
    const { data: waiting } = await api.get(`/cooperative/live-offers`, beima)
    expect(waiting.offers.map((o: { id: string }) => o.id)).toEqual([sessionProduct.id])
    expect(waiting.offers[0].session.host_name).toBe("测试主播")
    expect((await api.get(`/cooperative/live-offers`, yuanda)).data.offers).toEqual([])
    expect((await attempt(api.post(`/cooperative/live-offers/${sessionProduct.id}/approve`, {}, yuanda))).status).toBe(
      404,
    )

    // Declined with a reason: the host reads it, and still cannot start.
    const declineNoReason = await attempt(api.post(`/cooperative/live-offers/${sessionProduct.id}/decline`, {}, beima))
    expect(declineNoReason.status).toBe(400)
    await api.post(`/cooperative/live-offers/${sessionProduct.id}/decline`, { reason: "低于成本价，最低 ¥70" }, beima)
    const declined = (await api.get(`/host/sessions/${session.id}`, host)).data.session.products[0]
    expect(declined).toMatchObject({ consent_status: "declined", consent_reason: "低于成本价，最低 ¥70" })
    expect(((await attempt(api.post(`/host/sessions/${session.id}/start`, {}, host))) as Answer).data.message).toMatch(
      /declined by the cooperative: 低于成本价，最低 ¥70/,
    )

    // The host asks again at ¥65 (pending anew), the cooperative approves: the session starts and sells at ¥65.
    await api.post(`/host/sessions/${session.id}/products/${sessionProduct.id}`, { live_price_fen: 6500 }, host)
    expect((await api.get(`/host/sessions/${session.id}`, host)).data.session.products[0]).toMatchObject({
      consent_status: "pending",
      consent_reason: null,
    })
    await api.post(`/cooperative/live-offers/${sessionProduct.id}/approve`, {}, beima)
    expect(await promotionStatus()).toBe("active")
    expect((await api.post(`/host/sessions/${session.id}/start`, {}, host)).status).toBe(200)
    const link = await createCartLink(api, headers, session.id, [
      { session_product_id: sessionProduct.id, quantity: 1 },
    ])
    const { data: opened } = await api.post(`/store/live/links/${link.code}/cart`, {}, store)
    const { data: cart } = await api.get(`/store/carts/${opened.cart_id}?fields=*items,+items.total`, store)
    expect(Math.round(Number(cart.cart.items[0].total) * 100)).toBe(6500)

    // A cap above 50 asks again, and the offer stops selling until approved.
    await api.post(`/host/sessions/${session.id}/products/${sessionProduct.id}`, { stock_cap: 80 }, host)
    const again = (await api.get(`/host/sessions/${session.id}`, host)).data.session.products[0]
    expect(again.consent_status).toBe("pending")
    expect(again.consent_note).toMatch(/cap 80 is above the cooperative's largest live cap 50/)
    expect([again.consent_floor_fen, again.consent_cap_max]).toEqual([7000, 50])
    const refused = (await attempt(api.post(`/store/live/links/${link.code}/cart`, {}, store))) as Answer
    expect(refused.status).toBe(410)
    expect(refused.data.message).toMatch(/the cooperative has not agreed/)
  })

  it("needs no one's approval inside the floor and cap", async () => {
    const { headers } = await createApprovedHost(api, getContainer(), { email: "inside@example.cn", rate_bps: 500 })
    const { session, sessionProduct } = await createLiveSession(api, headers, {
      variantId,
      livePriceFen: 7500,
      cap: 50,
      limit: 2,
    })
    expect(sessionProduct.consent_status).toBe("not_needed")
    expect(session.status).toBe("live")
  })
})
