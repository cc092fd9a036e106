import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describe, expect, it } from "vitest"
import { refuseDeepProductKeys } from "./refuse-deep-product-keys"

const run = (query: Record<string, unknown>) => {
  let passed: unknown = "not called"
  refuseDeepProductKeys({ query } as unknown as MedusaRequest, {} as MedusaResponse, (e?: unknown) => (passed = e))
  return passed as { message: string } | undefined
}

describe("refuseDeepProductKeys on fields", () => {
  it("rewrites the query's *cooperative into the public fields before Medusa expands it", () => {
    const query: Record<string, unknown> = { fields: ["*cooperative", "handle"] }
    expect(run(query)).toBeUndefined()
    expect(String(query.fields).split(",")).toEqual([
      "cooperative.id",
      "cooperative.handle",
      "cooperative.name_zh",
      "cooperative.name_en",
      "cooperative.division_code",
      "cooperative.region",
      "handle",
    ])
  })
})

describe("refuseDeepProductKeys", () => {
  it("lets the cooperative's public fields and ordinary filters through", () => {
    expect(
      run({ fields: "*cooperative,+cooperative.handle,*variants", handle: ["a"], created_at: { $gt: "2025-01-01" } }),
    ).toBeUndefined()
    expect(run({ fields: ["+cooperative.region", "-cooperative.name_en"], limit: "1" })).toBeUndefined()
  })

  it("refuses cooperative fields outside the allow-list, naming the ones that work", () => {
    expect(run({ fields: "*cooperative.households" })?.message).toMatch(
      /fields: \*cooperative.households is not a public cooperative field; use \*cooperative or \+cooperative.id/,
    )
    expect(run({ fields: "+cooperative.credit_code" })?.message).toMatch(/not a public cooperative field/)
  })

  it("refuses filters by cooperative and filters deeper than 2 levels", () => {
    expect(run({ "cooperative.households.code": "X" })?.message).toMatch(/cannot be filtered by cooperative/)
    expect(run({ cooperative: { handle: "x" } })?.message).toMatch(/cannot be filtered by cooperative/)
    expect(run({ "variants.options.value": "1kg" })?.message).toMatch(/at most 2 levels deep/)
    expect(run({ variants: { options: { value: "1kg" } } })?.message).toMatch(/at most 2 levels deep/)
  })
})
