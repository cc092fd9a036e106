import { describe, expect, it } from "vitest"
import { keepPublicFields, publicPaths } from "./public-fields"
import { rewriteFields } from "./refuse-deep-product-keys"

const PUBLIC = publicPaths("cooperative")

describe("keepPublicFields", () => {
  it("turns a whole cooperative into its public fields, at any depth", () => {
    expect(keepPublicFields(["id", "cooperative.*"])).toEqual(["id", ...PUBLIC])
    expect(keepPublicFields(["items.product.cooperative.*"])).toEqual(PUBLIC.map((f) => `items.product.${f}`))
  })

  it("drops private and nested fields of the cooperative and keeps the rest", () => {
    expect(
      keepPublicFields([
        "title",
        "cooperative.handle",
        "cooperative.status",
        "cooperative.status_reason",
        "cooperative.credit_code",
        "cooperative.approved_at",
        "cooperative.households.code",
        "variants.*",
      ]),
    ).toEqual(["title", "cooperative.handle", "variants.*"])
  })
})

describe("rewriteFields", () => {
  it("spells *cooperative out as the public fields with the same sign", () => {
    expect(rewriteFields("*cooperative")).toBe(PUBLIC.join(","))
    expect(rewriteFields("handle,+*cooperative")).toBe(["handle", ...PUBLIC.map((f) => `+${f}`)].join(","))
    expect(rewriteFields("-cooperative.*")).toBe(PUBLIC.map((f) => `-${f}`).join(","))
    expect(rewriteFields("+cooperative.handle,*variants")).toBe("+cooperative.handle,*variants")
  })
})
