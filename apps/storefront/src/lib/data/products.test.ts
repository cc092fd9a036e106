import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { getProductByHandle, listProducts } from "./products"

vi.mock("next/server", () => ({ connection: async () => {} }))

const KEY = "pk_test_0123456789"
const millet = {
  id: "prod_1",
  handle: "changsheng-millet",
  title: "Changsheng millet",
  subtitle: "Xingdong village",
  description: null,
  thumbnail: null,
  variants: [
    { id: "v1", title: "2.5 kg", weight: 2500, calculated_price: { calculated_amount: 39.9, currency_code: "cny" } },
  ],
}

type Call = { url: URL; init: RequestInit & { next?: { tags?: string[]; revalidate?: number } } }
let calls: Call[]

function backend(products: unknown[]) {
  return vi.fn(async (input: URL | string, init: Call["init"]) => {
    const url = new URL(input)
    calls.push({ url, init })
    const body = url.pathname.endsWith("/regions")
      ? {
          regions: [
            { id: "reg_eu", currency_code: "eur" },
            { id: "reg_cn", currency_code: "cny", name: "中国大陆" },
          ],
        }
      : { products, count: products.length }
    return Response.json(body)
  })
}

const productCalls = () => calls.filter(({ url }) => url.pathname === "/store/products")

describe("catalog reads", () => {
  beforeEach(() => {
    calls = []
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", KEY)
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("lists products priced in the CNY region, tagged for revalidation", async () => {
    vi.stubGlobal("fetch", backend([millet]))
    const cards = await listProducts("zh-CN")
    expect(cards).toEqual([
      expect.objectContaining({ handle: "changsheng-millet", fromPrice: { fen: 3990, formatted: "¥39.90" } }),
    ])
    const [call] = productCalls()
    expect(call?.url.origin).toBe("http://backend.test:9000")
    expect(call?.url.searchParams.get("region_id")).toBe("reg_cn")
    expect(call?.url.searchParams.get("fields")).toContain("*variants.calculated_price")
    expect(call?.url.searchParams.has("locale")).toBe(false)
    expect(new Headers(call?.init.headers).get("x-publishable-api-key")).toBe(KEY)
    expect(call?.init.next).toEqual({ tags: ["products"], revalidate: 60 })
  })

  it("asks Medusa for English translations on English pages", async () => {
    vi.stubGlobal("fetch", backend([millet]))
    await listProducts("en")
    expect(productCalls()[0]?.url.searchParams.get("locale")).toBe("en-US")
  })

  it("lists one category's products under the same products tag", async () => {
    vi.stubGlobal("fetch", backend([millet]))
    await listProducts("zh-CN", { categoryId: "pcat_grain" })
    const [call] = productCalls()
    // The js-sdk writes arrays as category_id[0]=…; Medusa reads either form.
    const categoryParams = [...(call?.url.searchParams ?? [])].filter(([key]) => key.startsWith("category_id"))
    expect(categoryParams.map(([, value]) => value)).toEqual(["pcat_grain"])
    expect(call?.url.searchParams.get("fields")).toContain("created_at")
    expect(call?.init.next?.tags).toEqual(["products"])
  })

  it("finds one product by handle and tags it by handle", async () => {
    vi.stubGlobal("fetch", backend([millet]))
    const product = await getProductByHandle("changsheng-millet", "en")
    expect(product?.variants[0]?.unitPrice).toBe("¥15.96/kg")
    const [call] = productCalls()
    expect(call?.url.searchParams.get("handle")).toBe("changsheng-millet")
    expect(call?.init.next?.tags).toEqual(["products", "product:changsheng-millet"])
  })

  it("reads the cooperative's names and the images on the product page only", async () => {
    const withCoop = {
      ...millet,
      cooperative: {
        handle: "yuanda-coop",
        name_zh: "远达农业种植专业合作社",
        name_en: "Yuanda Planting Co-op",
        region: { province: "黑龙江省", city: "绥化市", county: "青冈县", township: "昌盛镇", village: "兴东村" },
      },
    }
    vi.stubGlobal("fetch", backend([withCoop]))
    const product = await getProductByHandle("changsheng-millet", "zh-CN")
    expect(product?.cooperative).toMatchObject({
      handle: "yuanda-coop",
      name: "远达农业种植专业合作社",
      village: "兴东村",
    })
    await listProducts("zh-CN")
    const [pageCall, listCall] = productCalls()
    expect(pageCall?.url.searchParams.get("fields")).toContain("cooperative.handle")
    expect(pageCall?.url.searchParams.get("fields")).toContain("cooperative.region")
    // Listings read only what the province and certification filters need, not the names or images.
    expect(listCall?.url.searchParams.get("fields")).toContain("cooperative.division_code")
    expect(listCall?.url.searchParams.get("fields")).not.toContain("cooperative.name_zh")
    expect(listCall?.url.searchParams.get("fields")).not.toContain("images.url")
    expect(pageCall?.url.searchParams.get("fields")).toContain("images.url")
  })

  it("answers null for an unknown handle", async () => {
    vi.stubGlobal("fetch", backend([]))
    expect(await getProductByHandle("nothing-here", "zh-CN")).toBeNull()
  })

  it("reports the backend unavailable when it refuses connections", async () => {
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("fetch failed")))
    expect(await unlessUnavailable(listProducts("zh-CN"))).toBe(UNAVAILABLE)
  })

  it("reports the backend unavailable before it has published a key, without calling it", async () => {
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "")
    vi.stubEnv("FENGSHOU_DATA_DIR", "/nonexistent-fengshou-data")
    const fetch = backend([millet])
    vi.stubGlobal("fetch", fetch)
    expect(await unlessUnavailable(listProducts("zh-CN"))).toBe(UNAVAILABLE)
    expect(fetch).not.toHaveBeenCalled()
  })

  it("still throws errors that are not about availability", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Response.json({ message: "Invalid fields" }, { status: 400 })),
    )
    await expect(unlessUnavailable(listProducts("zh-CN"))).rejects.toThrow("Invalid fields")
  })
})
