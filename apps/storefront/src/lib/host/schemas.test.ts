import { describe, expect, it } from "vitest"
import {
  addProductSchema,
  hostFieldErrors,
  hostSignUpSchema,
  linkSchema,
  sessionSchema,
  updateProductSchema,
} from "./schemas"

const errors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? {} : hostFieldErrors(result.error!.issues)

describe("host console forms", () => {
  it("turns a live price typed in yuan into integer fen, and refuses zero or a third decimal", () => {
    const ok = addProductSchema.parse({
      sessionId: "lses_1",
      variantId: "v1",
      livePrice: "59.9",
      stockCap: "100",
      perCustomerLimit: "2",
    })
    expect(ok).toEqual({
      sessionId: "lses_1",
      body: { variant_id: "v1", live_price_fen: 5990, stock_cap: 100, per_customer_limit: 2 },
    })
    expect(
      updateProductSchema.parse({
        sessionId: "s",
        productId: "p",
        livePrice: "0.1",
        stockCap: "1",
        perCustomerLimit: "99",
      }).body.live_price_fen,
    ).toBe(10)
    expect(
      errors(
        addProductSchema.safeParse({
          sessionId: "s",
          variantId: "v",
          livePrice: "0",
          stockCap: "0",
          perCustomerLimit: "100",
        }),
      ),
    ).toEqual({
      livePrice: "money",
      stockCap: "cap",
      perCustomerLimit: "limit",
    })
    expect(
      errors(
        addProductSchema.safeParse({
          sessionId: "s",
          variantId: "v",
          livePrice: "59.999",
          stockCap: "1.5",
          perCustomerLimit: "2",
        }),
      ),
    ).toMatchObject({
      livePrice: "money",
      stockCap: "cap",
    })
  })

  it("sends the session's start with China's offset", () => {
    expect(
      sessionSchema.parse({ title: " 羊肚菌田间直播 ", platform: "douyin", startsAt: "2026-11-22T20:00" }),
    ).toEqual({
      title: "羊肚菌田间直播",
      platform: "douyin",
      scheduled_start_at: "2026-11-22T20:00:00+08:00",
    })
    expect(errors(sessionSchema.safeParse({ title: "", platform: "tiktok", startsAt: "" }))).toEqual({
      title: "required",
      platform: "platform",
      startsAt: "dateTime",
    })
  })

  it("keeps the link's products with a quantity, and needs at least one", () => {
    const parsed = linkSchema.parse({
      sessionId: "lses_1",
      "qty:lsp_1": "2",
      "qty:lsp_2": "0",
      "qty:lsp_3": "",
      other: "x",
    })
    expect(parsed).toEqual({ sessionId: "lses_1", body: { items: [{ session_product_id: "lsp_1", quantity: 2 }] } })
    expect(errors(linkSchema.safeParse({ sessionId: "lses_1", "qty:lsp_1": "0" }))).toEqual({ items: "noItems" })
    expect(errors(linkSchema.safeParse({ sessionId: "lses_1", "qty:lsp_1": "100", "qty:lsp_2": "1" }))).toEqual({
      "qty:lsp_1": "quantity",
    })
  })

  it("signs up with one platform handle, or none", () => {
    const values = {
      email: " Host@Example.CN ",
      password: "long-enough",
      name: "北马村第一书记",
      platform: "douyin",
      handle: "beima_shuji",
    }
    expect(hostSignUpSchema.parse(values)).toEqual({
      email: "host@example.cn",
      password: "long-enough",
      profile: { name: "北马村第一书记", handles: { douyin: "beima_shuji" } },
    })
    expect(hostSignUpSchema.parse({ ...values, handle: " " }).profile.handles).toEqual({})
    expect(errors(hostSignUpSchema.safeParse({ ...values, password: "short", email: "nope" }))).toEqual({
      email: "emailInvalid",
      password: "passwordShort",
    })
  })
})
