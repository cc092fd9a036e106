import { describe, expect, it } from "vitest"
import { afterSaleHref, parseOrdersQuery, parseReturnsQuery } from "./after-sale-query"

describe("parseOrdersQuery", () => {
  it("opens on the to-ship tab with no search", () => {
    expect(parseOrdersQuery({})).toEqual({ status: "to_ship", q: "", offset: 0, done: null })
  })

  it("keeps a known tab, a trimmed search and a whole offset", () => {
    expect(parseOrdersQuery({ status: "shipped", q: "  SF1234 ", offset: "20", done: "order_01JX" })).toEqual({
      status: "shipped",
      q: "SF1234",
      offset: 20,
      done: "order_01JX",
    })
    expect(parseOrdersQuery({ status: ["all", "shipped"], q: ["13800138000"] })).toMatchObject({
      status: "all",
      q: "13800138000",
    })
  })

  it("falls back on an unknown tab or a bad offset, and caps the search at the backend's 64 characters", () => {
    const query = parseOrdersQuery({ status: "returned", offset: "-5", q: "x".repeat(150) })
    expect(query).toEqual({ status: "to_ship", q: "x".repeat(64), offset: 0, done: null })
    expect(parseOrdersQuery({ offset: "1.5" }).offset).toBe(0)
    expect(parseOrdersQuery({ offset: "9999999" }).offset).toBe(0)
  })
})

describe("parseReturnsQuery", () => {
  it("opens on the returns waiting for their parcel", () => {
    expect(parseReturnsQuery({})).toEqual({ status: "requested", offset: 0, done: null })
  })

  it.each(["requested", "received", "refunded", "all"])("keeps the %s tab", (status) => {
    expect(parseReturnsQuery({ status }).status).toBe(status)
  })

  it("takes the id of what was just handled, and nothing that is not an id", () => {
    expect(parseReturnsQuery({ done: "ret_01JX" }).done).toBe("ret_01JX")
    expect(parseReturnsQuery({ done: "../orders" }).done).toBeNull()
    expect(parseReturnsQuery({ done: "x".repeat(65) }).done).toBeNull()
  })

  it("does not take a Medusa status that is not a tab", () => {
    expect(parseReturnsQuery({ status: "partially_received" }).status).toBe("requested")
  })
})

describe("afterSaleHref", () => {
  it("leaves out an empty search and a zero offset", () => {
    expect(afterSaleHref("/portal/cooperative/orders", { status: "shipped", q: "", offset: 0, done: null })).toBe(
      "/portal/cooperative/orders?status=shipped",
    )
    expect(afterSaleHref("/portal/cooperative/returns", {})).toBe("/portal/cooperative/returns")
  })

  it("encodes the search", () => {
    expect(afterSaleHref("/p", { status: "all", q: "李 明&", offset: 20 })).toBe(
      "/p?status=all&q=%E6%9D%8E+%E6%98%8E%26&offset=20",
    )
  })
})
