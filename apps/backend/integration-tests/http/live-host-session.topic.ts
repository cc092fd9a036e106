import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import type { Readable } from "node:stream"
import type { IPromotionModuleService } from "@medusajs/framework/types"
import { Modules, PromotionActions } from "@medusajs/framework/utils"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { topic } from "../runner"
import {
  CartLinkSchema,
  commissionFen,
  CommissionReportSchema,
  SessionStatsSchema,
  type Session,
  type SessionStats,
} from "@fengshou/live-contract"
import { yuanToFen } from "@fengshou/relief-core"
import { CART_LINK_CODE_PATTERN } from "../../src/lib/live-code"
import { LIVESTREAM_MODULE } from "../../src/modules/livestream"
import type LivestreamModuleService from "../../src/modules/livestream/service"
import { seedDemoData } from "../../src/scripts/seed/index"
import { DEMO_PASSWORD } from "../../src/scripts/seed/cooperatives-data"
import { attempt, bearer, type Auth } from "./cooperative-helpers"
import { createApprovedHost, createCartLink, createLiveSession } from "./live-helpers"

// The host console, part two: a session's cart links, live stats over server-sent events, ending it, the host's
// commission, and the seeded demo host. Every test starts from the state after beforeAll (the runner restores it):
// an approved host with a planned session selling fresh morels at ¥79.90, 50 at most, 3 per shopper.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const HOUR = 3_600_000
const message = (res: { data: unknown }) => (res.data as { message: string }).message
type Line = { id: string; variant_id: string; total: number | string; quantity: number }

export default topic("live-host-session", ({ api, getContainer }) => {
  let seeded: Awaited<ReturnType<typeof seedDemoData>>
  let store: Auth
  let li: { headers: Auth["headers"]; id: string }
  let session: Session
  const variants = { morel: "", dried: "" }
  const live = () => getContainer().resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const promotions = () => getContainer().resolve<IPromotionModuleService>(Modules.PROMOTION)
  const as = (headers: Auth["headers"]) => ({ headers })
  const offer = () => session.products[0]!
  const promoCode = async () => (await live().listSessionProducts({ id: offer().id }))[0]!.promo_code
  const start = () => api.post(`/host/sessions/${session.id}/start`, {}, as(li.headers))
  const recordOrder = (id: string, totalFen: number) =>
    live().recordLiveOrder({
      order_id: id,
      cart_id: null,
      session_id: session.id,
      host_id: li.id,
      cart_link_id: null,
      lines: [{ variant_id: variants.morel, session_product_id: offer().id, quantity: 1, total_fen: totalFen }],
      placed_at: new Date(),
      rate_bps: 600,
    })

  beforeAll(async () => {
    seeded = await seedDemoData(getContainer(), { staticDir })
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    for (const [key, handle] of [
      ["morel", "fresh-morels"],
      ["dried", "dried-morels"],
    ] as const) {
      const { data } = await api.get(`/store/products?handle=${handle}&fields=*variants`, store)
      variants[key] = data.products[0].variants[0].id
    }
    const { headers, host } = await createApprovedHost(api, getContainer(), {
      email: "li-shuji@example.cn",
      rate_bps: 600,
    })
    li = { headers, id: host.id }
    const begins = Date.now() + HOUR
    const plan = {
      title: "羊肚菌专场",
      scheduled_start_at: new Date(begins).toISOString(),
      scheduled_end_at: new Date(begins + 2 * HOUR).toISOString(),
    }
    ;({ session } = await createLiveSession(api, li.headers, {
      variantId: variants.morel,
      livePriceFen: 7990,
      cap: 50,
      limit: 3,
      plan,
      start: false,
    }))
  })

  it("starts the session and makes short, unguessable cart links of its own products", async () => {
    const started = (await start()).data.session as Session
    expect(started.status).toBe("live")
    expect(Date.parse(started.started_at!)).toBeGreaterThan(Date.now() - 60_000)
    expect((await start()).data.session.started_at).toBe(started.started_at)
    const url = `/host/sessions/${session.id}/links`
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ items: [{ session_product_id: offer().id, quantity: 4 }] }, /exceeds its limit of 3 per shopper/],
      [
        { items: [{ session_product_id: "lsp_elsewhere", quantity: 1 }] },
        /lsp_elsewhere is not a product of "羊肚菌专场"/,
      ],
      [
        {
          items: [
            { session_product_id: offer().id, quantity: 1 },
            { session_product_id: offer().id, quantity: 1 },
          ],
        },
        /listed twice/,
      ],
      [
        { items: [{ session_product_id: offer().id, quantity: 1 }], expires_at: "2020-01-01T00:00:00+08:00" },
        /in the past/,
      ],
      [{ items: [] }, /field 'items' too small/],
    ]
    for (const [body, expected] of cases) {
      const res = await attempt(api.post(url, body, as(li.headers)))
      expect({ body, status: res.status }).toEqual({ body, status: 400 })
      expect(message(res)).toMatch(expected)
    }
    const first = await createCartLink(api, li.headers, session.id, [{ session_product_id: offer().id, quantity: 1 }])
    const second = await createCartLink(api, li.headers, session.id, [{ session_product_id: offer().id, quantity: 2 }])
    for (const link of [first, second]) expect(CartLinkSchema.parse(link).code).toMatch(CART_LINK_CODE_PATTERN)
    expect(first.code).not.toBe(second.code)
    // No expiry given: a day after the planned end.
    expect(Date.parse(first.expires_at)).toBe(Date.parse(session.scheduled_end_at!) + 24 * HOUR)
    expect((await api.get(url, as(li.headers))).data.links.map((l: { code: string }) => l.code)).toEqual([
      second.code,
      first.code,
    ])

    const later = (
      await api.post(
        `/host/sessions`,
        {
          title: "下周专场",
          platform: "kuaishou",
          scheduled_start_at: new Date(Date.now() + 200 * HOUR).toISOString(),
        },
        as(li.headers),
      )
    ).data.session
    expect((await api.get(`/host/sessions`, as(li.headers))).data.sessions.map((s: Session) => s.id)).toEqual([
      later.id,
      session.id,
    ])
  })

  it("ends the session: its promotions turn inactive and it takes no more changes", async () => {
    await start()
    const { data: created } = await api.post(
      `/store/carts`,
      { region_id: seeded.regionId, email: "late@example.cn" },
      store,
    )
    const cartId = created.cart.id as string
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variants.morel, quantity: 1 }, store)
    // As the link applies it (typed into the store API a live code is refused: live-codes.topic.ts).
    await updateCartPromotionsWorkflow(getContainer()).run({
      input: { cart_id: cartId, promo_codes: [await promoCode()], action: PromotionActions.ADD },
    })
    const morelFen = async () => {
      const { items } = (await api.get(`/store/carts/${cartId}?fields=*items,+items.total`, store)).data.cart
      return yuanToFen(String(items.find((i: Line) => i.variant_id === variants.morel).total))
    }
    expect(await morelFen()).toBe(7990)
    const ended = (await api.post(`/host/sessions/${session.id}/end`, {}, as(li.headers))).data.session as Session
    expect(ended.status).toBe("ended")
    expect(Date.parse(ended.ended_at!)).toBeGreaterThan(Date.now() - 60_000)
    const [promotion] = await promotions().listPromotions({ code: await promoCode() })
    expect(promotion!.status).toBe("inactive")
    for (const [url, body] of [
      [`/host/sessions/${session.id}`, { title: "改名" }],
      [`/host/sessions/${session.id}/start`, {}],
      [`/host/sessions/${session.id}/end`, {}],
      [`/host/sessions/${session.id}/links`, { items: [{ session_product_id: offer().id, quantity: 1 }] }],
      [`/host/sessions/${session.id}/products/${offer().id}`, { stock_cap: 45 }],
    ] as const) {
      const res = await attempt(api.post(url, body, as(li.headers)))
      expect({ url, status: res.status }).toEqual({ url, status: 400 })
      expect(message(res)).toMatch(/has ended and can no longer be changed/)
    }
    expect((await api.get(`/host/sessions/${session.id}/stats`, as(li.headers))).data.status).toBe("ended")
    // A cart that held the code loses the live price at its next change.
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variants.dried, quantity: 1 }, store)
    expect(await morelFen()).toBe(8900)
  })

  it("reports live stats and streams them as server-sent events, an order showing within 2 s", async () => {
    await start()
    const stats = SessionStatsSchema.parse((await api.get(`/host/sessions/${session.id}/stats`, as(li.headers))).data)
    expect(stats).toMatchObject({
      session_id: session.id,
      status: "live",
      orders: 0,
      gmv_fen: 0,
      last_order_at: null,
    })
    expect(stats.products).toEqual([
      expect.objectContaining({ session_product_id: offer().id, stock_cap: 50, remaining: 50, units: 0 }),
    ])

    const controller = new AbortController()
    const res = await api.get(`/host/sessions/${session.id}/stream`, {
      headers: li.headers,
      responseType: "stream",
      signal: controller.signal,
    })
    expect(res.headers["content-type"]).toMatch(/^text\/event-stream/)
    expect(res.headers["cache-control"]).toBe("no-cache, no-transform")
    expect(res.headers["x-accel-buffering"]).toBe("no")
    const events: SessionStats[] = []
    let buffer = ""
    ;(res.data as Readable).on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8")
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const data = buffer.slice(0, end).match(/^event: stats\ndata: (.*)$/s)
        buffer = buffer.slice(end + 2)
        if (data) events.push(SessionStatsSchema.parse(JSON.parse(data[1]!)))
      }
    })
    const until = async (check: () => boolean, ms: number) => {
      for (const deadline = Date.now() + ms; !check(); await new Promise((r) => setTimeout(r, 50))) {
        if (Date.now() > deadline) throw new Error(`no matching event within ${ms} ms; got ${JSON.stringify(events)}`)
      }
    }
    try {
      await until(() => events.length >= 1, 2_000)
      expect(events[0]).toEqual(stats)
      const placedAt = Date.now()
      await recordOrder("order_host_stream", 7990)
      await until(() => events.some((e) => e.orders === 1), 2_000)
      expect(Date.now() - placedAt).toBeLessThan(2_000)
      expect(events.at(-1)).toMatchObject({ orders: 1, gmv_fen: 7990, units: 1 })
      // Unchanged figures are not sent again.
      await new Promise((r) => setTimeout(r, 1_500))
      expect(events).toHaveLength(2)
    } finally {
      controller.abort()
    }
  })

  it("reports the host's commission at their rate", async () => {
    await recordOrder("order_host_commission", 7990)
    const report = CommissionReportSchema.parse((await api.get(`/host/commissions`, as(li.headers))).data)
    expect(report).toMatchObject({ commission_rate_bps: 600, refund_window_days: expect.any(Number) })
    expect(report.totals).toEqual({
      orders: 1,
      net_sales_fen: 7990,
      pending_fen: commissionFen(7990, 600),
      confirmed_fen: 0,
      reversed_fen: 0,
    })
    expect(report.sessions).toEqual([
      expect.objectContaining({ session_id: session.id, title: "羊肚菌专场", orders: 1, pending_fen: 479 }),
    ])
  })

  it("seeds the demo host live with fresh morels 10 % off and a cart link for a year, once", async () => {
    expect(seeded.demoCartLinkCode).toMatch(CART_LINK_CODE_PATTERN)
    const [link] = await live().listCartLinks({ code: seeded.demoCartLinkCode! })
    expect(link!.session_id).toBe(seeded.demoLiveSessionId)
    expect(Date.parse(String(link!.expires_at)) - Date.now()).toBeGreaterThan(360 * 24 * HOUR)

    const { data: login } = await api.post(`/auth/host/emailpass`, {
      email: "host@demo.fengshou.local",
      password: DEMO_PASSWORD,
    })
    const { sessions } = (await api.get(`/host/sessions`, bearer(login.token))).data
    expect(sessions).toHaveLength(1)
    expect(sessions[0]).toMatchObject({
      id: seeded.demoLiveSessionId,
      title: "北马村羊肚菌助农直播",
      platform: "douyin",
      status: "live",
      host: { name: "王书记" },
    })
    expect(sessions[0].products).toEqual([
      expect.objectContaining({
        variant_id: variants.morel,
        base_price_fen: 8900,
        live_price_fen: 8000,
        stock_cap: 1100,
        per_customer_limit: 5,
      }),
    ])
    expect(link!.items).toEqual([{ session_product_id: sessions[0].products[0].id, quantity: 1 }])

    const again = await seedDemoData(getContainer(), { staticDir })
    expect([again.demoLiveSessionId, again.demoCartLinkCode]).toEqual([
      seeded.demoLiveSessionId,
      seeded.demoCartLinkCode,
    ])
    expect(await live().listHosts({ email: "host@demo.fengshou.local" })).toHaveLength(1)
  })
})
