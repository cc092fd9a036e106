import { toString } from "qrcode"
import { describe, expect, it, vi } from "vitest"
import { GET } from "./route"

const host = vi.hoisted(() => ({
  headers: new Map<string, string>([
    ["host", "shop.example.cn"],
    ["x-forwarded-proto", "https"],
  ]),
}))
vi.mock("next/headers", () => ({ headers: async () => ({ get: (name: string) => host.headers.get(name) ?? null }) }))

const CODE = "C8KVWM731BT1XVX2"

const qr = (code: string, query = "") =>
  GET(new Request(`https://shop.example.cn/api/trace/${code}/qr${query}`), { params: Promise.resolve({ code }) })

/** What the route should draw for `url`: the same library with the trace page's style. */
const drawing = (url: string) =>
  toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#1f1a14", light: "#ffffff" } })

describe("GET /api/trace/[code]/qr", () => {
  it("draws the trace page's address on the host the browser asked, as SVG", async () => {
    const response = await qr(CODE)
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toBe("image/svg+xml")
    expect(response.headers.get("cache-control")).toMatch(/^private/)
    expect(await response.text()).toBe(await drawing(`https://shop.example.cn/trace/${CODE}`))
  })

  it("draws the English page's address for ?locale=en, and the code as the backend spells it", async () => {
    expect(await (await qr(CODE, "?locale=en")).text()).toBe(await drawing(`https://shop.example.cn/en/trace/${CODE}`))
    expect(await (await qr(CODE.toLowerCase())).text()).toBe(await drawing(`https://shop.example.cn/trace/${CODE}`))
  })

  it("refuses a code that cannot be one, an unknown locale, and a host that does not look like one", async () => {
    expect((await qr("ILOU0000000000000")).status).toBe(404)
    expect((await qr("a%3Cb")).status).toBe(404)
    const badLocale = await qr(CODE, "?locale=fr")
    expect(badLocale.status).toBe(400)
    expect(await badLocale.text()).toMatch(/zh-CN, en/)
    host.headers.set("host", "evil host/")
    expect((await qr(CODE)).status).toBe(400)
  })
})
