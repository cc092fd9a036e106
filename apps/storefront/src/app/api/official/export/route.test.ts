import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { GET } from "./route"

vi.mock("next/server", () => ({ connection: async () => {} }))
const jar = vi.hoisted(() => ({ token: null as string | null }))
vi.mock("@/lib/console-session", () => ({ getConsoleToken: async () => jar.token }))

const QUERY = "format=xlsx&group_by=cooperative&from=2026-01-01&to=2026-11-22&region=231223"
const get = (query = QUERY) => GET(new Request(`http://localhost:8000/api/official/export?${query}`))

describe("GET /api/official/export", () => {
  let upstream: { url: string; authorization: string | null }[]
  beforeEach(() => {
    upstream = []
    jar.token = "official.jwt.token"
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: string | URL, init?: RequestInit) => {
        upstream.push({ url: String(input), authorization: new Headers(init?.headers).get("authorization") })
        return new Response(new Uint8Array([0x50, 0x4b, 3, 4]), {
          headers: {
            "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "content-disposition": 'attachment; filename="relief.xlsx"',
            "x-powered-by": "Express",
          },
        })
      }),
    )
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("forwards the cookie's token as a bearer and streams the file back as a download", async () => {
    const response = await get()
    expect(response.status).toBe(200)
    expect(upstream).toEqual([
      {
        url: `http://backend.test:9000/official/relief/export?from=2026-01-01&to=2026-11-22&region=231223&group_by=cooperative&lang=zh&format=xlsx`,
        authorization: "Bearer official.jwt.token",
      },
    ])
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="relief.xlsx"')
    expect(response.headers.get("cache-control")).toBe("private, no-store")
    expect(response.headers.get("x-powered-by")).toBeNull()
    expect([...new Uint8Array(await response.arrayBuffer())].slice(0, 2)).toEqual([0x50, 0x4b])
  })

  it("asks for the file in the official's language", async () => {
    expect((await get(`${QUERY}&lang=en`)).status).toBe(200)
    expect(new URL(upstream[0]!.url).searchParams.get("lang")).toBe("en")
  })

  it("refuses a bad request before calling the backend, and a signed-out browser", async () => {
    expect((await get(QUERY.replace("xlsx", "docx"))).status).toBe(400)
    expect((await get(`${QUERY}&lang=fr`)).status).toBe(400)
    expect((await get(QUERY.replace("2026-01-01", "2026-12-01"))).status).toBe(400)
    jar.token = null
    expect((await get()).status).toBe(401)
    expect(upstream).toEqual([])
  })

  it("passes the backend's refusal on with its message", async () => {
    vi.mocked(fetch).mockResolvedValueOnce(
      Response.json({ message: "region 371003 is outside your scope 231223" }, { status: 403 }),
    )
    const response = await get(QUERY.replace("231223", "371003"))
    expect(response.status).toBe(403)
    expect(await response.text()).toMatch(/outside your scope/)
  })
})
