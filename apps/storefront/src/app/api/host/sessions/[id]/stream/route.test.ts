import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { GET } from "./route"

vi.mock("next/server", () => ({ connection: async () => {} }))
const jar = vi.hoisted(() => ({ token: null as string | null }))
vi.mock("@/lib/console-session", () => ({ getConsoleToken: async () => jar.token }))

const EVENT = 'event: stats\ndata: {"orders":1}\n\n'
const open = (id = "lses_1", signal?: AbortSignal) =>
  GET(new Request(`http://localhost:8000/api/host/sessions/${id}/stream`, { signal }), {
    params: Promise.resolve({ id }),
  })

describe("GET /api/host/sessions/[id]/stream", () => {
  let upstream: { url: string; authorization: string | null; signal: AbortSignal | null | undefined }[]
  beforeEach(() => {
    upstream = []
    jar.token = "host.jwt.token"
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: string | URL, init?: RequestInit) => {
        upstream.push({
          url: String(input),
          authorization: new Headers(init?.headers).get("authorization"),
          signal: init?.signal,
        })
        return new Response(new Blob([EVENT]).stream(), { headers: { "content-type": "text/event-stream" } })
      }),
    )
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("opens the backend's stream with the cookie's token and passes the events on unbuffered", async () => {
    const browser = new AbortController()
    const response = await open("lses_1", browser.signal)
    expect(upstream.map(({ url, authorization }) => [url, authorization])).toEqual([
      ["http://backend.test:9000/host/sessions/lses_1/stream", "Bearer host.jwt.token"],
    ])
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/)
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform")
    expect(response.headers.get("x-accel-buffering")).toBe("no")
    expect(await response.text()).toBe(EVENT)
    // Closing the panel aborts the browser's request, and with it the upstream one.
    browser.abort()
    expect(upstream[0]?.signal?.aborted).toBe(true)
  })

  it("answers a signed-out browser or a malformed id without asking the backend", async () => {
    expect((await open("../admin")).status).toBe(404)
    jar.token = null
    expect((await open()).status).toBe(401)
    expect(upstream).toEqual([])
  })

  it("passes on the backend's refusal (another host's session) and says when it is down", async () => {
    vi.mocked(fetch).mockResolvedValueOnce(Response.json({ message: "Not found" }, { status: 404 }))
    expect((await open()).status).toBe(404)
    vi.mocked(fetch).mockRejectedValueOnce(new TypeError("fetch failed"))
    expect((await open()).status).toBe(503)
  })
})
