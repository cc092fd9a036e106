import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { getCooperative, listCooperatives } from "./cooperatives"

vi.mock("next/server", () => ({ connection: async () => {} }))

const region = { province: "黑龙江省", city: "绥化市", county: "青冈县", township: "昌盛镇", village: "兴东村" }
const yuanda = {
  id: "coop_1",
  handle: "yuanda-coop",
  name_zh: "远达农业种植专业合作社",
  name_en: "Yuanda Planting Co-op",
  credit_code: "93231223MA1BXXXXXX",
  division_code: "231223111204",
  region,
  region_label: "黑龙江省 绥化市 青冈县 昌盛镇 兴东村",
  story_zh: null,
  story_en: null,
  benefit_mechanisms: ["supply"],
  households: 12,
  households_supported: 8,
  persons_supported: 27,
}
const organic = {
  id: "cocert_1",
  kind: "organic_conversion",
  title_zh: "有机转换认证",
  title_en: "Organic conversion certificate",
  issuer: "中绿华夏有机产品认证中心",
  number: null,
  issued_on: null,
  expires_on: null,
  document_url: null,
  test_report_url: null,
  product_id: null,
  lot_id: null,
  expired: false,
  verified_at: null,
}

type Call = { url: URL; init: RequestInit & { next?: { tags?: string[]; revalidate?: number } } }
let calls: Call[]

function backend() {
  return vi.fn(async (input: URL | string, init: Call["init"]) => {
    const url = new URL(input)
    calls.push({ url, init })
    if (url.pathname === "/store/cooperatives") {
      return Response.json({
        cooperatives: [{ ...yuanda, certifications: [organic] }],
        count: 1,
        limit: 100,
        offset: 0,
      })
    }
    if (url.pathname === "/store/cooperatives/yuanda-coop") {
      return Response.json({ cooperative: { ...yuanda, certifications: [organic], products: [] } })
    }
    return Response.json({ type: "not_found", message: "Cooperative was not found" }, { status: 404 })
  })
}

describe("cooperative reads", () => {
  beforeEach(() => {
    calls = []
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test_0123456789")
    vi.stubGlobal("fetch", backend())
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("lists approved cooperatives with each one's certifications, tagged for revalidation", async () => {
    const [card] = await listCooperatives("en")
    expect(card).toMatchObject({
      name: "Yuanda Planting Co-op",
      householdsSupported: 8,
      certifications: [{ kind: "organic_conversion" }],
    })
    const list = calls.find(({ url }) => url.pathname === "/store/cooperatives")
    expect(list?.url.searchParams.get("limit")).toBe("100")
    expect(list?.init.next).toEqual({ tags: ["cooperatives"], revalidate: 60 })
    // One request for the whole list: no per-cooperative page reads.
    expect(calls.map(({ url }) => url.pathname)).toEqual(["/store/cooperatives"])
  })

  it("reads one cooperative by handle under its own tag", async () => {
    const cooperative = await getCooperative("yuanda-coop", "zh-CN")
    expect(cooperative?.name).toBe("远达农业种植专业合作社")
    expect(calls[0]?.init.next?.tags).toEqual(["cooperatives", "cooperative:yuanda-coop"])
  })

  it("answers null for an unknown handle, and does not ask for one that cannot be a handle", async () => {
    expect(await getCooperative("nobody", "zh-CN")).toBeNull()
    expect(await getCooperative("../admin", "zh-CN")).toBeNull()
    expect(calls.map(({ url }) => url.pathname)).toEqual(["/store/cooperatives/nobody"])
  })
})
