import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { POST } from "./route"

vi.mock("next/server", () => ({ connection: async () => {} }))
const jar = vi.hoisted(() => ({ token: null as string | null }))
vi.mock("@/lib/console-session", () => ({ getConsoleToken: async () => jar.token }))

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46])
const upload = (file: File | null, headers: Record<string, string> = {}) => {
  const form = new FormData()
  if (file) form.set("file", file)
  return POST(new Request("http://localhost:8000/api/cooperative/uploads", { method: "POST", body: form, headers }))
}
const stored = {
  file: { id: "file_01", url: "http://backend.test:9000/static/a.png", mime_type: "image/png", size: 12 },
}

describe("POST /api/cooperative/uploads", () => {
  let upstream: { url: string; authorization: string | null; form: FormData }[]
  beforeEach(() => {
    upstream = []
    jar.token = "coop.jwt.token"
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: string | URL, init?: RequestInit) => {
        const authorization = new Headers(init?.headers).get("authorization")
        upstream.push({ url: String(input), authorization, form: init?.body as FormData })
        return Response.json(stored)
      }),
    )
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("forwards the photo with purpose=photo and the clerk's token, and answers the contract's file", async () => {
    const response = await upload(new File([PNG], "hirse.png", { type: "image/png" }))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual(stored)
    expect(upstream).toHaveLength(1)
    expect(upstream[0]!.url).toBe("http://backend.test:9000/cooperative/uploads")
    expect(upstream[0]!.authorization).toBe("Bearer coop.jwt.token")
    expect(upstream[0]!.form.get("purpose")).toBe("photo")
    const sent = upstream[0]!.form.get("file") as File
    expect(sent.name).toBe("hirse.png")
    expect(new Uint8Array(await sent.arrayBuffer())).toEqual(PNG)
  })

  it("refuses a signed-out browser, a missing file, a file that is not an image and one too big, without calling the backend", async () => {
    jar.token = null
    expect((await (await upload(new File([PNG], "a.png", { type: "image/png" }))).json()).error).toBe("signedOut")
    jar.token = "coop.jwt.token"
    const missing = await upload(null)
    expect([missing.status, (await missing.json()).error]).toEqual([400, "photoMissing"])
    const svg = await upload(new File(["<svg/>"], "a.svg", { type: "image/svg+xml" }))
    expect([svg.status, (await svg.json()).error]).toEqual([400, "photoType"])
    // A PDF renamed .jpg: its bytes say otherwise.
    const disguised = await upload(new File(["%PDF-1.7 ......"], "a.jpg", { type: "image/jpeg" }))
    expect([disguised.status, (await disguised.json()).error]).toEqual([400, "photoType"])
    const big = new Uint8Array(8 * 1024 * 1024 + 1)
    big.set(JPEG)
    const tooBig = await upload(new File([big], "big.jpg", { type: "image/jpeg" }))
    expect([tooBig.status, (await tooBig.json()).error]).toEqual([413, "photoSize"])
    const declared = await upload(new File([JPEG], "a.jpg", { type: "image/jpeg" }), {
      "content-length": String(20 * 1024 * 1024),
    })
    expect(declared.status).toBe(413)
    expect(upstream).toEqual([])
  })

  it("passes the backend's refusal on with its sentence, and its outage as 503", async () => {
    vi.mocked(fetch).mockResolvedValueOnce(
      Response.json({ message: "Your cooperative is not approved yet" }, { status: 403 }),
    )
    const refused = await upload(new File([JPEG], "a.jpg", { type: "image/jpeg" }))
    expect(refused.status).toBe(403)
    expect(await refused.json()).toEqual({ error: "rejected", message: "Your cooperative is not approved yet" })
    vi.mocked(fetch).mockResolvedValueOnce(new Response("boom", { status: 500 }))
    const down = await upload(new File([JPEG], "a.jpg", { type: "image/jpeg" }))
    expect([down.status, (await down.json()).error]).toEqual([503, "unavailable"])
  })
})
