import type { PublicSession, SessionStats } from "@fengshou/live-contract"
import { describe, expect, it } from "vitest"
import {
  linkState,
  linkStateAfterClaim,
  liveLinkUrl,
  parseClaimRefusal,
  parseStatsEvent,
  toLinkHeldView,
  toLiveShelfView,
} from "./live"

const product = (id: string, remaining: number, limit = 2) => ({
  id,
  product_id: "prod_morel",
  product_handle: "fresh-morels",
  variant_id: "variant_morel_500",
  product_title: "鲜羊肚菌",
  variant_title: "500 g",
  thumbnail: null,
  base_price_fen: 8900,
  live_price_fen: 5900,
  per_customer_limit: limit,
  remaining,
  paused_reason: null,
})

const session: PublicSession = {
  id: "lses_1",
  title: "北马村羊肚菌田间直播",
  platform: "douyin",
  status: "live",
  scheduled_start_at: "2026-11-22T12:00:00.000Z",
  scheduled_end_at: null,
  started_at: "2026-11-22T12:03:00.000Z",
  ended_at: null,
  host: { id: "host_1", name: "北马村第一书记", handles: { douyin: "beima_shuji", kuaishou: "beima_ks" } },
  products: [product("lsp_1", 98), product("lsp_2", 1, 3), product("lsp_3", 0)],
}

const stats: SessionStats = {
  session_id: "lses_1",
  status: "live",
  orders: 1,
  gmv_fen: 11800,
  refunded_fen: 0,
  units: 2,
  products: [
    {
      session_product_id: "lsp_1",
      variant_id: "variant_morel_500",
      title: "鲜羊肚菌 500 g",
      units: 2,
      gmv_fen: 11800,
      stock_cap: 100,
      remaining: 98,
    },
  ],
  last_order_at: "2026-11-22T12:10:00.000Z",
}

describe("toLiveShelfView", () => {
  it("shows the host's account on the session's own platform, and the actual start once live", () => {
    const shelf = toLiveShelfView(session)
    expect([shelf.hostName, shelf.handle, shelf.startsAt]).toEqual([
      "北马村第一书记",
      "beima_shuji",
      "2026-11-22T12:03:00.000Z",
    ])
    expect(toLiveShelfView({ ...session, platform: "taobao_live" }).handle).toBeNull()
  })

  it("lets a shopper pick no more than what is left and their limit", () => {
    expect(
      toLiveShelfView(session).products.map((p) => [p.id, p.liveFen, p.baseFen, p.soldOut, p.maxQuantity]),
    ).toEqual([
      ["lsp_1", 5900, 8900, false, 2],
      ["lsp_2", 5900, 8900, false, 1],
      ["lsp_3", 5900, 8900, true, 0],
    ])
  })

  it("shows the shelf price as the price paid when the cooperative lowered it below the live price", () => {
    const cheaper = { ...session, products: [{ ...product("lsp_1", 98), base_price_fen: 4500 }] }
    expect(toLiveShelfView(cheaper).products.map((p) => [p.liveFen, p.baseFen])).toEqual([[4500, 4500]])
  })
})

describe("liveLinkUrl", () => {
  it("builds the short link on the origin the host uses, the same in every language", () => {
    expect(liveLinkUrl("https://shop.example.cn", "Ab3dE9xK2m")).toBe("https://shop.example.cn/l/Ab3dE9xK2m")
    expect(liveLinkUrl("http://localhost:8000/", "a b")).toBe("http://localhost:8000/l/a%20b")
  })
})

describe("parseStatsEvent", () => {
  it("reads a stats event's JSON as the contract's figures", () => {
    expect(parseStatsEvent(JSON.stringify(stats))).toEqual(stats)
  })

  it("ignores what is not the contract's figures rather than breaking the panel", () => {
    expect(parseStatsEvent("not json")).toBeNull()
    expect(parseStatsEvent(JSON.stringify({ ...stats, gmv_fen: 118.5 }))).toBeNull()
    expect(parseStatsEvent(JSON.stringify({ orders: 1 }))).toBeNull()
  })
})

describe("linkState", () => {
  const link = (s: Partial<PublicSession>, items = [{ session_product_id: "lsp_1", quantity: 1 }]) => ({
    ok: true as const,
    link: { code: "Ab3dE9xK2m", expires_at: "2026-11-23T12:00:00.000Z", session: { ...session, ...s }, items },
  })

  it("passes on the backend's reason for a link that cannot sell", () => {
    expect(linkState({ ok: false, reason: "link_expired", sessionId: "lses_1" })).toBe("link_expired")
  })

  it("tells a session that has not started or has ended from a sold-out link and a working one", () => {
    expect(linkState(link({ status: "scheduled" }))).toBe("session_not_started")
    expect(linkState(link({ status: "ended" }))).toBe("session_ended")
    expect(linkState(link({}, [{ session_product_id: "lsp_3", quantity: 1 }]))).toBe("sold_out")
    expect(
      linkState(
        link({}, [
          { session_product_id: "lsp_3", quantity: 1 },
          { session_product_id: "lsp_2", quantity: 1 },
        ]),
      ),
    ).toBe("ready")
  })
})

describe("linkStateAfterClaim", () => {
  const ready = {
    ok: true as const,
    link: {
      code: "Ab3dE9xK2m",
      expires_at: "2026-11-23T12:00:00.000Z",
      session,
      items: [{ session_product_id: "lsp_1", quantity: 1 }],
    },
  }

  it("says what the click's claim refused when the link reads as sellable again", () => {
    expect(linkStateAfterClaim(ready, "limit_reached")).toBe("limit_reached")
    expect(linkStateAfterClaim(ready, "sold_out")).toBe("sold_out")
    expect(linkStateAfterClaim(ready, null)).toBe("ready")
  })

  it("lets the link read again win when it cannot sell at all", () => {
    const ended = { ...ready, link: { ...ready.link, session: { ...session, status: "ended" as const } } }
    expect(linkStateAfterClaim(ended, "limit_reached")).toBe("session_ended")
    expect(linkStateAfterClaim({ ok: false, reason: "link_expired", sessionId: null }, "sold_out")).toBe("link_expired")
  })

  it("takes only the refusals it knows from the address", () => {
    expect(parseClaimRefusal("limit_reached")).toBe("limit_reached")
    expect(parseClaimRefusal("sold_out")).toBe("sold_out")
    expect(parseClaimRefusal("ready")).toBeNull()
    expect(parseClaimRefusal(["sold_out"])).toBeNull()
    expect(parseClaimRefusal(undefined)).toBeNull()
  })
})

describe("toLinkHeldView", () => {
  const link = {
    code: "Ab3dE9xK2m",
    expires_at: "2026-11-23T12:00:00.000Z",
    session,
    items: [
      { session_product_id: "lsp_1", quantity: 2 },
      { session_product_id: "lsp_3", quantity: 1 },
    ],
  }
  const hold = (session_product_id: string, quantity: number) => ({
    session_product_id,
    variant_id: "variant_morel_500",
    quantity,
    expires_at: "2026-11-22T12:13:00.000Z",
  })

  it("shows the held offers at the live price, what the click got nothing of, and the sum in fen", () => {
    const view = toLinkHeldView(link, [hold("lsp_1", 2), hold("lsp_9", 1)])
    expect(view.held.map((l) => [l.id, l.quantity, l.unitFen, l.lineFen])).toEqual([["lsp_1", 2, 5900, 11800]])
    expect(view.missing.map((m) => m.id)).toEqual(["lsp_3"])
    expect([view.totalFen, view.sessionId, view.hostName]).toEqual([11800, "lses_1", "北马村第一书记"])
  })

  it("charges the shelf price when the cooperative lowered it below the live price", () => {
    const cheaper = { ...session, products: [{ ...product("lsp_1", 98), base_price_fen: 4500 }] }
    const view = toLinkHeldView({ ...link, session: cheaper }, [hold("lsp_1", 1)])
    expect([view.held[0]!.unitFen, view.totalFen]).toEqual([4500, 4500])
  })

  it("holds nothing when the token's holds ended", () => {
    const view = toLinkHeldView(link, [])
    expect([view.held, view.missing.length, view.totalFen]).toEqual([[], 2, 0])
  })
})
