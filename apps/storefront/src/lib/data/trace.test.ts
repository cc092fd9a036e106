import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { getTrace } from "./trace"

vi.mock("next/server", () => ({ connection: async () => {} }))

const CODE = "7K3M9QXW2B8CDFGH"
const trace = {
  trace_code: CODE,
  harvest_date: "2025-09-20",
  quantity_g: 2500,
  certificate: null,
  product: null,
  cooperative: { handle: "yuanda-coop", name_zh: "远达农业种植专业合作社", name_en: "Yuanda Planting Co-op" },
  village: { division_code: "231223111204", names: null, label: "" },
  contributing_households: 3,
  certifications: [],
}

let paths: string[]

describe("trace reads", () => {
  beforeEach(() => {
    paths = []
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test_0123456789")
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: URL | string) => {
        const url = new URL(input)
        paths.push(url.pathname)
        return url.pathname === `/store/trace/${CODE}`
          ? Response.json({ trace })
          : Response.json({ type: "not_found", message: "Trace code was not found" }, { status: 404 })
      }),
    )
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("reads a lot by its code, upper-casing what was typed", async () => {
    const view = await getTrace(CODE.toLowerCase(), "zh-CN")
    expect(view).toMatchObject({ code: CODE, contributingHouseholds: 3, quantity: { primary: "5斤" } })
    expect(paths).toEqual([`/store/trace/${CODE}`])
  })

  it("answers null for an unknown code, and does not ask about a malformed one", async () => {
    expect(await getTrace("ZZZZZZZZZZZZZZZZ", "en")).toBeNull()
    expect(await getTrace("not-a-code", "en")).toBeNull()
    expect(paths).toEqual(["/store/trace/ZZZZZZZZZZZZZZZZ"])
  })

  it("reports the backend unavailable instead of a missing lot when it fails", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("", { status: 503 })),
    )
    expect(await unlessUnavailable(getTrace(CODE, "en"))).toBe(UNAVAILABLE)
  })
})
