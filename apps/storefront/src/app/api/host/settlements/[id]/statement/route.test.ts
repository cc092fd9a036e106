import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { GET } from "./route"

vi.mock("next/server", () => ({ connection: async () => {} }))
const jar = vi.hoisted(() => ({ tokens: {} as Record<string, string> }))
vi.mock("@/lib/console-session", () => ({ getConsoleToken: async (actor: string) => jar.tokens[actor] ?? null }))

const get = (id: string, query: string) =>
  GET(new Request(`http://localhost:8000/api/host/settlements/${id}/statement?${query}`), {
    params: Promise.resolve({ id }),
  })

describe("GET /api/host/settlements/[id]/statement", () => {
  let upstream: { url: string; authorization: string | null }[]
  beforeEach(() => {
    upstream = []
    jar.tokens = { host: "host.jwt.token" }
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: string | URL, init?: RequestInit) => {
        upstream.push({ url: String(input), authorization: new Headers(init?.headers).get("authorization") })
        return new Response("number,period\nYJ-202612-host_01,2026-12\n", {
          headers: {
            "content-type": "text/csv; charset=utf-8",
            "content-disposition": 'attachment; filename="YJ-202612-host_01.csv"',
          },
        })
      }),
    )
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("asks the host routes with the host's token, never the cooperative's", async () => {
    const response = await get("sst_h1", "format=csv&lang=zh")
    expect(response.status).toBe(200)
    expect(upstream).toEqual([
      {
        url: "http://backend.test:9000/host/settlements/sst_h1/statement.csv?lang=zh",
        authorization: "Bearer host.jwt.token",
      },
    ])
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="YJ-202612-host_01.csv"')
    expect(await response.text()).toContain("YJ-202612-host_01")

    jar.tokens = { cooperative: "coop.jwt.token" }
    expect((await get("sst_h1", "format=csv")).status).toBe(401)
    expect(upstream).toHaveLength(1)
  })

  it("passes on the backend's 404 for a statement that is not the host's", async () => {
    vi.mocked(fetch).mockResolvedValueOnce(Response.json({ message: "No such statement" }, { status: 404 }))
    const response = await get("sst_other", "format=pdf")
    expect(response.status).toBe(404)
    expect(await response.text()).toBe("No such statement")
  })
})
