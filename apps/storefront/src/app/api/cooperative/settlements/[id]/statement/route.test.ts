import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { GET } from "./route"

vi.mock("next/server", () => ({ connection: async () => {} }))
const jar = vi.hoisted(() => ({ token: null as string | null, actor: "" }))
vi.mock("@/lib/console-session", () => ({
  getConsoleToken: async (actor: string) => {
    jar.actor = actor
    return jar.token
  },
}))

const get = (id: string, query: string) =>
  GET(new Request(`http://localhost:8000/api/cooperative/settlements/${id}/statement?${query}`), {
    params: Promise.resolve({ id }),
  })

describe("GET /api/cooperative/settlements/[id]/statement", () => {
  let upstream: { url: string; authorization: string | null }[]
  beforeEach(() => {
    upstream = []
    jar.token = "coop.jwt.token"
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: string | URL, init?: RequestInit) => {
        upstream.push({ url: String(input), authorization: new Headers(init?.headers).get("authorization") })
        return new Response("%PDF-1.7\n", {
          headers: {
            "content-type": "application/pdf",
            "content-disposition": 'attachment; filename="JS-202612-beima.pdf"',
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

  it("forwards the cooperative's token as a bearer and streams the file back as a download", async () => {
    const response = await get("sst_01", "format=pdf&lang=en")
    expect(response.status).toBe(200)
    expect(jar.actor).toBe("cooperative")
    expect(upstream).toEqual([
      {
        url: "http://backend.test:9000/cooperative/settlements/sst_01/statement.pdf?lang=en",
        authorization: "Bearer coop.jwt.token",
      },
    ])
    expect(response.headers.get("content-type")).toBe("application/pdf")
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="JS-202612-beima.pdf"')
    expect(response.headers.get("cache-control")).toBe("private, no-store")
    expect(response.headers.get("x-powered-by")).toBeNull()
    expect(await response.text()).toMatch(/^%PDF/)
  })

  it("asks for the CSV in Chinese unless told otherwise, and escapes the id into the path", async () => {
    expect((await get("sst 01/..", "format=csv")).status).toBe(200)
    expect(upstream[0]!.url).toBe(
      "http://backend.test:9000/cooperative/settlements/sst%2001%2F../statement.csv?lang=zh",
    )
  })

  it("refuses a bad format or language before calling the backend, and a signed-out browser", async () => {
    expect((await get("sst_01", "format=xlsx")).status).toBe(400)
    expect((await get("sst_01", "format=csv&lang=fr")).status).toBe(400)
    jar.token = null
    const signedOut = await get("sst_01", "format=csv")
    expect(signedOut.status).toBe(401)
    expect(await signedOut.text()).toMatch(/portal\/cooperative/)
    expect(upstream).toEqual([])
  })

  it("passes the backend's refusal on with its message, and its outage as 502", async () => {
    vi.mocked(fetch).mockResolvedValueOnce(Response.json({ message: "Statement sst_x not found" }, { status: 404 }))
    const missing = await get("sst_x", "format=csv")
    expect(missing.status).toBe(404)
    expect(await missing.text()).toBe("Statement sst_x not found")
    vi.mocked(fetch).mockResolvedValueOnce(new Response("", { status: 500 }))
    expect((await get("sst_01", "format=csv")).status).toBe(502)
    vi.mocked(fetch).mockRejectedValueOnce(new TypeError("fetch failed"))
    expect((await get("sst_01", "format=csv")).status).toBe(503)
  })
})
