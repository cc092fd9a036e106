import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { getVerification } from "./verify"

vi.mock("next/server", () => ({ connection: async () => {} }))

const CODE = "7K3M9QX2RD"
const verification = {
  code: CODE,
  issued_at: "2026-12-02T08:05:00.000Z",
  organisation: "青冈县乡村振兴局",
  region: "231223",
  region_label: "黑龙江省 绥化市 青冈县",
  from: "2026-01-01",
  to: "2026-12-31",
  group_by: "region",
  lang: "zh",
  status: "matches",
  differences: [],
}

let calls: { path: string; key: string | null }[]

describe("verification reads", () => {
  beforeEach(() => {
    calls = []
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test_0123456789")
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: URL | string, init?: RequestInit) => {
        const url = new URL(input)
        calls.push({ path: url.pathname, key: new Headers(init?.headers).get("x-publishable-api-key") })
        return url.pathname === `/relief-verify/${CODE}`
          ? Response.json({ verification })
          : Response.json({ type: "not_found", message: "No report was issued" }, { status: 404 })
      }),
    )
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("reads an issued report by its code as typed, with no key (the route is public)", async () => {
    const view = await getVerification("7k3m9-qx2rd")
    expect(view).toMatchObject({ code: CODE, matches: true, issuedAt: "2026-12-02 16:05", differences: [] })
    expect(calls).toEqual([{ path: `/relief-verify/${CODE}`, key: null }])
  })

  it("answers null for an unknown code, and does not ask about a malformed one", async () => {
    expect(await getVerification("ZZZZZZZZZZ")).toBeNull()
    expect(await getVerification("not-a-code")).toBeNull()
    expect(calls.map((c) => c.path)).toEqual(["/relief-verify/ZZZZZZZZZZ"])
  })

  it("reports the backend unavailable instead of an unknown code when it fails", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("", { status: 503 })),
    )
    expect(await unlessUnavailable(getVerification(CODE))).toBe(UNAVAILABLE)
  })
})
