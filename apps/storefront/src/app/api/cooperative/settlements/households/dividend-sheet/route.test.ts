import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { GET } from "./route"

vi.mock("next/server", () => ({ connection: async () => {} }))
const jar = vi.hoisted(() => ({ token: null as string | null }))
vi.mock("@/lib/console-session", () => ({ getConsoleToken: async () => jar.token }))

const get = (query: string) =>
  GET(new Request(`http://localhost:8000/api/cooperative/settlements/households/dividend-sheet?${query}`))

describe("GET /api/cooperative/settlements/households/dividend-sheet", () => {
  let upstream: string[]
  beforeEach(() => {
    upstream = []
    jar.token = "coop.jwt.token"
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: string | URL) => {
        upstream.push(String(input))
        const period = new URL(input).searchParams.get("period") ?? ""
        if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
          return Response.json({ message: "period must be a month as YYYY-MM, e.g. 2026-12" }, { status: 400 })
        return new Response("%PDF-1.7\n", {
          headers: { "content-type": "application/pdf", "content-disposition": 'attachment; filename="fenhong.pdf"' },
        })
      }),
    )
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("downloads the period's sheet in the clerk's language", async () => {
    const response = await get("period=2026-11&lang=en")
    expect(response.status).toBe(200)
    expect(upstream).toEqual([
      "http://backend.test:9000/cooperative/settlements/households/dividend-sheet.pdf?period=2026-11&lang=en",
    ])
    expect(response.headers.get("content-type")).toBe("application/pdf")
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="fenhong.pdf"')
  })

  it("gives the backend's 400 for a period that is not a month", async () => {
    const response = await get("period=2026-13")
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/YYYY-MM/)
    expect((await get("")).status).toBe(400)
  })

  it("refuses an unknown language and a signed-out browser without calling the backend", async () => {
    expect((await get("period=2026-11&lang=de")).status).toBe(400)
    jar.token = null
    expect((await get("period=2026-11")).status).toBe(401)
    expect(upstream).toEqual([])
  })
})
