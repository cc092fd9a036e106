import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import type { IPromotionModuleService } from "@medusajs/framework/types"
import { Modules, PromotionActions } from "@medusajs/framework/utils"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { topic } from "../runner"
import type { Session } from "@fengshou/live-contract"
import { yuanToFen } from "@fengshou/relief-core"
import { LIVE_PROMO_CODE_PATTERN } from "../../src/lib/live-code"
import { LIVESTREAM_MODULE } from "../../src/modules/livestream"
import type LivestreamModuleService from "../../src/modules/livestream/service"
import { seedDemoData } from "../../src/scripts/seed/index"
import { adminLogin, attempt, bearer, type Auth } from "./cooperative-helpers"
import { createApprovedHost, createLiveSession, registerHost } from "./live-helpers"

// The host console, part one: sign-up, the operator's approval and suspension, and live offers whose promotion gives
// a real cart exactly the live price (links, live stats, ending and commission: live-host-session.topic.ts).
// The runner restores the database to its state after beforeAll before every test, so each test starts from there:
// a pending host, an approved one with a planned session selling fresh morels, and a second approved host.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const HOUR = 3_600_000
const message = (res: { data: unknown }) => (res.data as { message: string }).message
type Line = { id: string; variant_id: string; total: number | string; quantity: number }

export default topic("live-host", ({ api, getContainer }) => {
  let seeded: Awaited<ReturnType<typeof seedDemoData>>
  let admin: Auth
  let store: Auth
  let pending: { headers: Auth["headers"]; id: string }
  let li: { headers: Auth["headers"]; id: string }
  let other: { headers: Auth["headers"]; id: string }
  let session: Session
  const variants = { morel: "", dried: "" }
  const live = () => getContainer().resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const promotions = () => getContainer().resolve<IPromotionModuleService>(Modules.PROMOTION)
  const as = (headers: Auth["headers"]) => ({ headers })
  const offer = () => session.products[0]!
  const promoCode = async () => (await live().listSessionProducts({ id: offer().id }))[0]!.promo_code

  beforeAll(async () => {
    seeded = await seedDemoData(getContainer(), { staticDir })
    admin = await adminLogin(api, getContainer())
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    for (const [key, handle] of [
      ["morel", "fresh-morels"],
      ["dried", "dried-morels"],
    ] as const) {
      const { data } = await api.get(`/store/products?handle=${handle}&fields=*variants`, store)
      variants[key] = data.products[0].variants[0].id
    }
    const signedUp = await registerHost(api, "wang-laoshi@example.cn", "王老师")
    pending = { headers: signedUp.headers, id: signedUp.host.id }
    for (const [email, set] of [
      ["li-shuji@example.cn", (h: typeof li) => (li = h)],
      ["other-host@example.cn", (h: typeof li) => (other = h)],
    ] as const) {
      const { headers, host } = await createApprovedHost(api, getContainer(), { email, rate_bps: 600 })
      set({ headers, id: host.id })
    }
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

  it("signs a host up as pending, and opens only their profile until the operator approves", async () => {
    const { data: signup } = await api.post(`/auth/host/emailpass/register`, {
      email: "new-host@example.cn",
      password: "new-host-pass",
    })
    const noProfile = await attempt(api.get(`/host/me`, bearer(signup.token)))
    expect(noProfile.status).toBe(401)
    expect(message(noProfile)).toMatch(/POST \/host\/register/)
    const noName = await attempt(api.post(`/host/register`, { name: " " }, bearer(signup.token)))
    expect(noName.status).toBe(400)
    // Medusa words bound checks itself, naming the field and the bound.
    expect(message(noName)).toMatch(/field 'name' too small/)

    const { host } = (await api.get(`/host/me`, as(pending.headers))).data
    expect(host).toEqual({
      id: pending.id,
      name: "王老师",
      email: "wang-laoshi@example.cn",
      handles: { douyin: "wang-laoshi" },
      commission_rate_bps: 0,
      status: "pending",
      status_reason: null,
    })
    for (const url of [`/host/sessions`, `/host/commissions`, `/host/sessions/${session.id}/stats`]) {
      const refused = await attempt(api.get(url, as(pending.headers)))
      expect({ url, status: refused.status }).toEqual({ url, status: 403 })
      expect(message(refused)).toMatch(/waiting for approval by the platform operator/)
    }
    const again = await attempt(api.post(`/host/register`, { name: "again" }, as(pending.headers)))
    expect(again.status).toBe(400)
    expect(message(again)).toMatch(/already has a host profile/)
  })

  it("lets the operator approve at a commission rate and change it", async () => {
    const pendingList = (await api.get(`/admin/hosts?status=pending`, admin)).data
    expect(pendingList.hosts.map((h: { email: string }) => h.email)).toEqual(["wang-laoshi@example.cn"])
    const approved = (await api.get(`/admin/hosts?status=approved`, admin)).data.hosts
    expect(approved[0]).toMatchObject({
      name: "王书记",
      email: "host@demo.fengshou.local",
      commission_rate_bps: 500,
      handles: { douyin: "beima_shuji" },
    })
    expect(approved).toHaveLength(3)

    const tooHigh = await attempt(api.post(`/admin/hosts/${pending.id}/approve`, { commission_rate_bps: 6000 }, admin))
    expect(tooHigh.status).toBe(400)
    expect(message(tooHigh)).toMatch(/field 'commission_rate_bps' too big, expected at most: '5000'/)
    expect(
      (await api.post(`/admin/hosts/${pending.id}/approve`, { commission_rate_bps: 800 }, admin)).data.host,
    ).toMatchObject({ status: "approved", commission_rate_bps: 800 })
    expect(
      (await api.post(`/admin/hosts/${pending.id}`, { commission_rate_bps: 650 }, admin)).data.host.commission_rate_bps,
    ).toBe(650)
    expect(
      (await attempt(api.post(`/admin/hosts/host_missing/approve`, { commission_rate_bps: 1 }, admin))).status,
    ).toBe(404)
    // Approved now, and another host's sessions are not among theirs.
    expect((await api.get(`/host/sessions`, as(pending.headers))).data.sessions).toEqual([])
    expect((await api.get(`/host/me`, as(pending.headers))).data.host.commission_rate_bps).toBe(650)
  })

  it("plans a session with a live offer whose promotion gives a real cart exactly the live price", async () => {
    const plan = { title: "x", platform: "douyin", scheduled_start_at: session.scheduled_start_at }
    const badPlatform = await attempt(api.post(`/host/sessions`, { ...plan, platform: "youtube" }, as(li.headers)))
    expect(message(badPlatform)).toMatch(
      /Expected: 'douyin, kuaishou, wechat_channels, taobao_live, other' for field 'platform'/,
    )
    const backwards = await attempt(
      api.post(
        `/host/sessions`,
        { ...plan, scheduled_end_at: new Date(Date.parse(plan.scheduled_start_at) - HOUR).toISOString() },
        as(li.headers),
      ),
    )
    expect(backwards.status).toBe(400)
    expect(message(backwards)).toMatch(/scheduled_end_at must be after scheduled_start_at/)

    const { data } = await api.get(`/host/sessions/${session.id}`, as(li.headers))
    expect(data.session).toMatchObject({
      title: "羊肚菌专场",
      status: "scheduled",
      started_at: null,
      ended_at: null,
      host: { id: li.id },
    })
    expect(data.session.products).toEqual([
      expect.objectContaining({
        product_handle: "fresh-morels",
        variant_title: "500 g",
        base_price_fen: 8900,
        live_price_fen: 7990,
        stock_cap: 50,
        per_customer_limit: 3,
        sold: 0,
        remaining: 50,
      }),
    ])
    expect(JSON.stringify(data)).not.toMatch(/LIVE-/)

    const code = await promoCode()
    expect(code).toMatch(LIVE_PROMO_CODE_PATTERN)
    const [promotion] = await promotions().listPromotions(
      { code },
      { relations: ["application_method", "application_method.target_rules"] },
    )
    expect(promotion).toMatchObject({
      status: "active",
      is_automatic: false,
      application_method: { type: "fixed", allocation: "each", max_quantity: 3 },
    })
    expect(Number(promotion!.application_method!.value)).toBe(9.1)

    const { data: created } = await api.post(
      `/store/carts`,
      { region_id: seeded.regionId, email: "fan@example.cn" },
      store,
    )
    const cartId = created.cart.id
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variants.morel, quantity: 2 }, store)
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variants.dried, quantity: 1 }, store)
    const lines = async () =>
      (await api.get(`/store/carts/${cartId}?fields=*items,+items.total`, store)).data.cart.items as Line[]
    const lineFen = (items: Line[], variant: string) =>
      yuanToFen(String(items.find((i) => i.variant_id === variant)!.total))
    // The link applies the code in-process (typed into the store API it is refused: live-codes.topic.ts).
    await updateCartPromotionsWorkflow(getContainer()).run({
      input: { cart_id: cartId, promo_codes: [code], action: PromotionActions.ADD },
    })
    const withCode = await lines()
    expect(lineFen(withCode, variants.morel)).toBe(2 * 7990)
    expect(lineFen(withCode, variants.dried)).toBe(12800)
    // Beyond the per-shopper limit a unit pays the shelf price.
    const morelLine = withCode.find((i) => i.variant_id === variants.morel)!
    await api.post(`/store/carts/${cartId}/line-items/${morelLine.id}`, { quantity: 4 }, store)
    expect(lineFen(await lines(), variants.morel)).toBe(3 * 7990 + 8900)
  })

  it("refuses bad offers with a message that says what to fix, and another host's session is a 404", async () => {
    const url = `/host/sessions/${session.id}/products`
    const cases: [Record<string, unknown>, RegExp][] = [
      [
        { variant_id: variants.dried, live_price_fen: 12800, stock_cap: 5, per_customer_limit: 1 },
        /must be below the shelf price 12800 \(¥128\.00\); lower the live price/,
      ],
      [{ variant_id: variants.dried, live_price_fen: 99.5, stock_cap: 5, per_customer_limit: 1 }, /live_price_fen/],
      [
        { variant_id: "variant_nope", live_price_fen: 100, stock_cap: 5, per_customer_limit: 1 },
        /variant_nope is not a published product size/,
      ],
      [
        { variant_id: variants.morel, live_price_fen: 7000, stock_cap: 5, per_customer_limit: 1 },
        /already in this session/,
      ],
      [
        { variant_id: variants.dried, live_price_fen: 100, stock_cap: 0, per_customer_limit: 1 },
        /field 'stock_cap' too small, expected at least: '1'/,
      ],
    ]
    for (const [body, expected] of cases) {
      const res = await attempt(api.post(url, body, as(li.headers)))
      expect({ body, status: res.status }).toEqual({ body, status: 400 })
      expect(message(res)).toMatch(expected)
    }
    for (const res of [
      await attempt(api.get(`/host/sessions/${session.id}`, as(other.headers))),
      await attempt(
        api.post(
          url,
          { variant_id: variants.dried, live_price_fen: 100, stock_cap: 5, per_customer_limit: 1 },
          as(other.headers),
        ),
      ),
      await attempt(api.post(`${url}/${offer().id}`, { stock_cap: 9 }, as(other.headers))),
      await attempt(
        api.post(
          `/host/sessions/${session.id}/links`,
          { items: [{ session_product_id: offer().id, quantity: 1 }] },
          as(other.headers),
        ),
      ),
      await attempt(api.get(`/host/sessions/${session.id}/stats`, as(other.headers))),
      await attempt(api.get(`/host/sessions/${session.id}/stream`, as(other.headers))),
      await attempt(api.post(`/host/sessions/${session.id}/start`, {}, as(other.headers))),
    ]) {
      expect(res.status).toBe(404)
    }
    expect((await api.get(`/host/sessions/${session.id}`, as(li.headers))).data.session.status).toBe("scheduled")
  })

  it("keeps the cap at or above what is sold, removes only unsold offers, and moves the promotion with the price", async () => {
    const productUrl = `/host/sessions/${session.id}/products/${offer().id}`
    await live().claimUnits({
      cartId: "cart_host_spec",
      shopperKeys: ["email:claim@example.cn"],
      items: [{ session_product_id: offer().id, quantity: 2 }],
    })
    const lowCap = await attempt(api.post(productUrl, { stock_cap: 1 }, as(li.headers)))
    expect(lowCap.status).toBe(400)
    expect(message(lowCap)).toMatch(/stock_cap 1 is below the 2 already sold; set it to at least 2/)
    const removeSold = await attempt(api.delete(productUrl, as(li.headers)))
    expect(removeSold.status).toBe(400)
    expect(message(removeSold)).toMatch(/2 already sold/)
    expect(message(await attempt(api.post(productUrl, { live_price_fen: 8900 }, as(li.headers))))).toMatch(
      /must be below the shelf price 8900/,
    )

    session = (
      await api.post(productUrl, { live_price_fen: 7500, per_customer_limit: 2, stock_cap: 40 }, as(li.headers))
    ).data.session
    expect(offer()).toMatchObject({
      live_price_fen: 7500,
      per_customer_limit: 2,
      stock_cap: 40,
      sold: 2,
      remaining: 38,
    })
    const [promotion] = await promotions().listPromotions(
      { code: await promoCode() },
      { relations: ["application_method"] },
    )
    expect([Number(promotion!.application_method!.value), promotion!.application_method!.max_quantity]).toEqual([14, 2])

    const withDried = (
      await api.post(
        `/host/sessions/${session.id}/products`,
        { variant_id: variants.dried, live_price_fen: 11800, stock_cap: 5, per_customer_limit: 1 },
        as(li.headers),
      )
    ).data.session
    const dried = withDried.products.find((p: { variant_id: string }) => p.variant_id === variants.dried)
    const promotionId = (await live().listSessionProducts({ id: dried.id }))[0]!.promotion_id
    const removed = await api.delete(`/host/sessions/${session.id}/products/${dried.id}`, as(li.headers))
    expect(removed.data).toMatchObject({ id: dried.id, deleted: true })
    expect(removed.data.session.products.map((p: { id: string }) => p.id)).toEqual([offer().id])
    expect(await promotions().listPromotions({ id: promotionId })).toEqual([])
  })

  it("closes the console of a suspended host but still shows them why and what they are owed", async () => {
    await api.post(`/admin/hosts/${li.id}/suspend`, { reason: "直播间违规" }, admin)
    const refused = await attempt(api.get(`/host/commissions`, as(li.headers)))
    expect(refused.status).toBe(403)
    expect(message(refused)).toMatch(/suspended by the platform operator/)
    expect((await api.get(`/host/me`, as(li.headers))).data.host).toMatchObject({
      status: "suspended",
      status_reason: "直播间违规",
    })
    // Commissions already earned are still owed: the settlement statements stay readable, nothing else does.
    expect((await api.get(`/host/settlements`, as(li.headers))).data).toMatchObject({ statements: [], count: 0 })
    expect((await api.get(`/admin/hosts?status=suspended`, admin)).data.hosts.map((h: { id: string }) => h.id)).toEqual(
      [li.id],
    )
  })
})
