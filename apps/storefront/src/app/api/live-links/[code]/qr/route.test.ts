import { describe, expect, it, vi } from "vitest"
import { GET } from "./route"

const host = vi.hoisted(() => ({
  headers: new Map<string, string>([
    ["host", "shop.example.cn"],
    ["x-forwarded-proto", "https"],
  ]),
}))
vi.mock("next/headers", () => ({ headers: async () => ({ get: (name: string) => host.headers.get(name) ?? null }) }))

const qr = (code: string, format?: string) =>
  GET(new Request(`https://shop.example.cn/api/live-links/${code}/qr${format ? `?format=${format}` : ""}`), {
    params: Promise.resolve({ code }),
  })

describe("GET /api/live-links/[code]/qr", () => {
  it("draws the link's short URL as a PNG", async () => {
    const response = await qr("Ab3dE9xK2m", "png")
    expect(response.headers.get("content-type")).toBe("image/png")
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG")
  })

  it("draws it as SVG by default", async () => {
    const response = await qr("Ab3dE9xK2m")
    expect(response.headers.get("content-type")).toBe("image/svg+xml")
    expect(await response.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
  })

  it("refuses an unknown format, a code that cannot be one, and a host that does not look like one", async () => {
    expect((await qr("Ab3dE9xK2m", "gif")).status).toBe(400)
    expect((await qr("a%3Cb", "png")).status).toBe(404)
    host.headers.set("host", "evil host/")
    expect((await qr("Ab3dE9xK2m", "png")).status).toBe(400)
  })
})
