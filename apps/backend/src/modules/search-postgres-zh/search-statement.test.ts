import { describe, expect, it } from "vitest"
import { readFacetRows } from "./facet-statement"
import { readStatementRows, searchStatement, type StatementRow } from "./search-statement"
import type { Plan } from "./sql-types"

const plan = {
  fields: new Map([
    ["category", { is_array: false }],
    ["certifications", { is_array: true }],
  ]),
} as unknown as Plan

describe("searchStatement", () => {
  it("puts the rank's, the match's and the page's values in the order of their placeholders", () => {
    const { sql, params } = searchStatement({
      table: "t",
      plan,
      rankSql: (p) => (p.push("rank"), `ts_rank_cd("search_vector", ?)`),
      whereSql: (p) => (p.push("match", "published"), `"search_vector" @@ ? AND (indexed @> ?) IS TRUE`),
      orderSql: "score DESC NULLS LAST",
      take: 20,
      skip: 40,
      facets: [{ field: "category", limit: 50 }, { field: "certifications" }],
    })
    expect(params).toEqual(["rank", "match", "published", 20, 40])
    expect(sql.match(/\?/g)).toHaveLength(params.length)
    expect(sql.indexOf("ts_rank_cd")).toBeLessThan(sql.indexOf('"search_vector" @@'))
    // The page is a bounded sort of the matches; only its own rows are numbered.
    expect(sql).toContain(`FROM matched ORDER BY score DESC NULLS LAST, "id" ASC LIMIT ? OFFSET ?`)
    expect(sql).toContain(`row_number() OVER (ORDER BY score DESC NULLS LAST, "id" ASC)`)
    // Each array is expanded once per distinct value of it, not once per matching product.
    expect(sql).toContain(`SELECT indexed->'certifications' AS arr, COUNT(*) AS n FROM matched GROUP BY 1`)
    expect(sql).toContain("GROUP BY GROUPING SETS ((f0))")
    expect(sql).toContain("'total' AS kind")
  })
})

describe("readStatementRows", () => {
  const row = (r: Partial<StatementRow>): StatementRow =>
    ({
      kind: "facet",
      id: null,
      document: null,
      score: null,
      n: null,
      field: null,
      value: "",
      count: 0,
      ...r,
    }) as StatementRow
  it("returns the hits in page order, the facet rows and the total", () => {
    const { hits, facetRows, total } = readStatementRows([
      row({ kind: "facet", field: "category", value: "eggs", count: 3 }),
      row({ kind: "hit", id: "b", n: 2 }),
      row({ kind: "total", count: 7 }),
      row({ kind: "hit", id: "a", n: 1 }),
    ])
    expect(hits.map((h) => h.id)).toEqual(["a", "b"])
    expect(facetRows).toHaveLength(1)
    expect(total).toBe(7)
  })

  it("counts nothing when the statement found nothing", () => {
    expect(readStatementRows([row({ kind: "total", count: 0 })])).toEqual({ hits: [], facetRows: [], total: 0 })
  })
})

describe("readFacetRows", () => {
  it("keeps each facet's largest values up to its limit, ties by value", () => {
    const rows = [
      { field: "category", value: "eggs", count: 2 },
      { field: "category", value: "honey", count: 5 },
      { field: "category", value: "dried-fruit", count: 2 },
      { field: "price_band", value: "under-50", count: 9 },
    ]
    const { facets } = readFacetRows(rows, [{ field: "category", limit: 2 }, { field: "price_band" }])
    expect(facets.category).toEqual({
      type: "value",
      values: [
        { value: "honey", count: 5 },
        { value: "dried-fruit", count: 2 },
      ],
    })
    expect(facets.price_band).toEqual({ type: "value", values: [{ value: "under-50", count: 9 }] })
  })
})
