import { afterEach, describe, expect, it, vi } from "vitest"
import { fetchCartHolds, fetchLiveLink, fetchLiveSession } from "./live"

const backend = { url: "http://backend.test:9000", publishableKey: "pk_test_0123456789" }
const session = {
  id: "lses_1",
  title: "羊肚菌田间直播",
  platform: "douyin",
  status: "live",
  scheduled_start_at: "2026-11-22T12:00:00.000Z",
  scheduled_end_at: null,
  started_at: "2026-11-22T12:00:00.000Z",
  ended_at: null,
  host: { id: "host_1", name: "北马村第一书记", handles: { douyin: "beima_shuji" } },
  products: [],
}

const reply = (body: unknown, status = 200) =>
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => Response.json(body, { status })),
  )

describe("public livestream reads", () => {
  afterEach(() => vi.unstubAllGlobals())

  it("reads a link with the publishable key and the contract's schema", async () => {
    reply({ code: "Ab3dE9xK2m", expires_at: "2026-11-23T12:00:00.000Z", session, items: [] })
    expect(await fetchLiveLink(backend, "Ab3dE9xK2m")).toMatchObject({
      ok: true,
      link: { session: { title: "羊肚菌田间直播" } },
    })
    const [url, init] = vi.mocked(fetch).mock.calls[0]!
    expect(String(url)).toBe("http://backend.test:9000/store/live/links/Ab3dE9xK2m")
    expect(new Headers(init?.headers).get("x-publishable-api-key")).toBe("pk_test_0123456789")
    expect(new Headers(init?.headers).has("x-medusa-locale")).toBe(false)
  })

  it("asks for the shelf in the shopper's language with Medusa's store locale header", async () => {
    const locale = () => new Headers(vi.mocked(fetch).mock.calls[0]![1]?.headers).get("x-medusa-locale")
    reply({ code: "Ab3dE9xK2m", expires_at: "2026-11-23T12:00:00.000Z", session, items: [] })
    await fetchLiveLink(backend, "Ab3dE9xK2m", "en-US")
    expect(locale()).toBe("en-US")
    reply({ session })
    await fetchLiveSession(backend, "lses_1", { medusaLocale: "en-US" })
    expect(locale()).toBe("en-US")
  })

  it("names why a link cannot sell, with its session when the backend says which", async () => {
    reply({ code: "link_unknown", message: "No such link" }, 404)
    expect(await fetchLiveLink(backend, "XXXXXXXXXX")).toEqual({ ok: false, reason: "link_unknown", sessionId: null })
    reply({ code: "session_ended", message: "The session has ended", session_id: "lses_1" }, 410)
    expect(await fetchLiveLink(backend, "Ab3dE9xK2m")).toEqual({
      ok: false,
      reason: "session_ended",
      sessionId: "lses_1",
    })
    reply({ message: "Gone" }, 410)
    expect(await fetchLiveLink(backend, "Ab3dE9xK2m")).toEqual({ ok: false, reason: "link_expired", sessionId: null })
  })

  it("answers null for an unknown session and refuses one that breaks the contract", async () => {
    reply({ type: "not_found", message: "Not found" }, 404)
    expect(await fetchLiveSession(backend, "lses_x")).toBeNull()
    reply({ session: { ...session, status: "paused" } })
    await expect(fetchLiveSession(backend, "lses_1")).rejects.toThrow()
  })

  it("reads a cart's holds with the server's clock turned into an offset against this device's", async () => {
    const hold = {
      session_product_id: "lsp_1",
      variant_id: "variant_morel_500",
      quantity: 2,
      expires_at: "2026-12-06T06:10:00.000Z",
    }
    // The server's clock is a year ahead of any test machine's; the offset carries it.
    reply({ holds: [hold], now: "2027-12-06T06:00:00.000Z" })
    const server = Date.parse("2027-12-06T06:00:00.000Z")
    const before = Date.now()
    const read = await fetchCartHolds(backend, "cart_1")
    const after = Date.now()
    expect(read.holds).toEqual([hold])
    expect(read.offsetMs).toBeGreaterThanOrEqual(server - after)
    expect(read.offsetMs).toBeLessThanOrEqual(server - before)
    const [url, init] = vi.mocked(fetch).mock.calls[0]!
    expect(String(url)).toBe("http://backend.test:9000/store/live/carts/cart_1/holds")
    expect(new Headers(init?.headers).get("x-publishable-api-key")).toBe("pk_test_0123456789")
  })

  it("holds nothing for a cart the backend does not know, and refuses holds that break the contract", async () => {
    reply({ type: "not_found", message: "Cart not found" }, 404)
    expect(await fetchCartHolds(backend, "cart_x")).toMatchObject({ holds: [], offsetMs: 0 })
    reply({ holds: [{ variant_id: "variant_morel_500", quantity: 0 }], now: "2026-12-06T06:00:00.000Z" })
    await expect(fetchCartHolds(backend, "cart_1")).rejects.toThrow()
    reply({ message: "boom" }, 500)
    await expect(fetchCartHolds(backend, "cart_1")).rejects.toThrow()
  })
})
