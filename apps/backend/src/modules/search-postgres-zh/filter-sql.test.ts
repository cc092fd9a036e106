import { toWhereClause } from "@medusajs/search-postgres/dist/utils/filters"
import { describe, expect, it } from "vitest"
import { wordsWhereClause } from "./filter-sql"
import type { Plan } from "./sql-types"

const field = (path: string, kind: string, is_array = false) => [path, { path, kind, is_array, field: {} }] as const
const plan = {
  fields: new Map([
    field("status", "keyword"),
    field("sales_channel_ids", "keyword", true),
    field("certifications", "keyword", true),
    field("price_min_fen", "number"),
    field("in_stock", "boolean"),
    field("region.province", "keyword"),
  ]),
} as unknown as Plan

describe("wordsWhereClause", () => {
  it("tests a string value in its own field, and an array's string element by jsonb_exists", () => {
    const where = wordsWhereClause({ status: "published", sales_channel_ids: { $overlaps: ["sc_1"] } }, plan)!
    expect(where.sql).toBe(
      `COALESCE(indexed->>'status' = ?, FALSE) AND COALESCE(jsonb_exists(indexed->'sales_channel_ids', ?), FALSE)`,
    )
    expect(where.params).toEqual(["published", "sc_1"])
  })

  it("keeps numbers, booleans and several required elements as Medusa's containments, placeholders in order", () => {
    const where = wordsWhereClause(
      {
        price_min_fen: 1990,
        in_stock: true,
        certifications: { $contains: ["organic", "green_food"] },
        status: { $in: ["published", "proposed"] },
        "region.province": "黑龙江省",
      },
      plan,
    )!
    const medusa = toWhereClause(
      { price_min_fen: 1990, in_stock: true, certifications: { $contains: ["organic", "green_food"] } },
      plan,
    )!
    expect(where.sql.startsWith(medusa.sql)).toBe(true)
    expect(where.params.slice(0, medusa.params.length)).toEqual(medusa.params)
    expect(where.sql).toContain(`(COALESCE(indexed->>'status' = ?, FALSE) OR COALESCE(indexed->>'status' = ?, FALSE))`)
    expect(where.sql).toContain(`COALESCE(indexed->'region'->>'province' = ?, FALSE)`)
    expect(where.params.slice(medusa.params.length)).toEqual(["published", "proposed", "黑龙江省"])
    expect(where.sql.match(/\?/g)).toHaveLength(where.params.length)
  })

  it("counts a missing field as not matching under NOT, as containment does", () => {
    const where = wordsWhereClause({ status: { $ne: "draft" } }, plan)!
    expect(where.sql).toBe(`NOT COALESCE(indexed->>'status' = ?, FALSE)`)
  })

  it("leaves comparisons and no filters alone", () => {
    expect(wordsWhereClause(undefined, plan)).toBeUndefined()
    const where = wordsWhereClause({ price_min_fen: { $gte: 1000, $lt: 5000 } }, plan)!
    expect(where).toEqual(toWhereClause({ price_min_fen: { $gte: 1000, $lt: 5000 } }, plan))
  })
})
