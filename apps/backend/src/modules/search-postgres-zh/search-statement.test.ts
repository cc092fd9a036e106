import { describe, expect, it } from "vitest"
import { readFacetRows } from "./facet-statement"
import { groupStatement, readStatementRows, searchStatement, type StatementRow } from "./search-statement"
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
    // The matches keep each facet's value, not the whole of `indexed`, which only a sort by a field reads.
    expect(sql).toContain(`SELECT "id", indexed->>'category' AS v0, indexed->'certifications' AS v1, ts_rank`)
    expect(sql).not.toContain(`"indexed", `)
    // Each array is expanded once per distinct value of it, not once per matching product.
    expect(sql).toContain(`SELECT v1 AS arr, COUNT(*) AS n FROM matched GROUP BY 1`)
    expect(sql).toContain("GROUP BY GROUPING SETS ((f0))")
    expect(sql).toContain("'total' AS kind")
  })

  it("ranks and reads the page only when the total and facets are known already", () => {
    const { sql, params } = searchStatement({
      table: "t",
      plan,
      rankSql: () => `0::float8`,
      whereSql: (p) => (p.push("match"), `"search_vector" @@ ?`),
      orderSql: "score DESC NULLS LAST",
      take: 20,
      skip: 0,
      facets: [],
      total: false,
    })
    expect(params).toEqual(["match", 20, 0])
    expect(sql).toContain("'hit' AS kind")
    expect(sql).not.toContain("'facet' AS kind")
    expect(sql).not.toContain("'total' AS kind")
  })
})

describe("searchStatement sorted by a field", () => {
  it("keeps `indexed` in the matches and through the page's sort", () => {
    const { sql } = searchStatement({
      table: "t",
      plan,
      rankSql: () => "0::float8",
      whereSql: () => "TRUE",
      orderSql: `(indexed#>>'{price_min_fen}')::float8 ASC NULLS LAST`,
      take: 20,
      skip: 0,
      facets: [],
    })
    expect(sql).toContain(`(SELECT "id", "indexed", 0::float8 AS score FROM "t"`)
    expect(sql).toContain(`(SELECT "id", "indexed", score FROM matched ORDER BY`)
  })
})

describe("groupStatement", () => {
  it("marks each search's rows once, ranks the page's only, and counts each search's facets over its own rows", () => {
    const { sql, params } = groupStatement({
      table: "t",
      plan,
      rankSql: (p) => (p.push("rank"), `ts_rank("search_vector", ?)`),
      whereSql: (p) => (p.push("match"), `"search_vector" @@ ?`),
      orderSql: "score DESC NULLS LAST",
      take: 20,
      skip: 0,
      facets: [{ field: "category" }, { field: "certifications" }],
      page: (p) => (p.push("eggs"), `(indexed @> ?) IS TRUE`),
      others: [{ sql: () => "TRUE", facets: [{ field: "category" }] }],
    })
    expect(params).toEqual(["rank", "eggs", "match", 20, 0])
    expect(sql.match(/\?/g)).toHaveLength(params.length)
    expect(sql).toContain("CASE WHEN m0 THEN ts_rank")
    expect(sql).toContain("WHERE m0 OR m1")
    expect(sql).toContain(`FROM matched WHERE m0 ORDER BY score DESC NULLS LAST, "id" ASC LIMIT ? OFFSET ?`)
    expect(sql).toContain("FROM matched WHERE m1) m GROUP BY GROUPING SETS ((f0))")
    // the facet-only search has no page and no total of its own
    expect(sql.match(/'hit' AS kind/g)).toHaveLength(1)
    expect(sql.match(/'total' AS kind/g)).toHaveLength(1)
  })
})

describe("readStatementRows", () => {
  const row = (r: Partial<StatementRow>): StatementRow =>
    ({
      kind: "facet",
      member: 0,
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

  it("reads one search's rows of a group", () => {
    const rows = [row({ kind: "hit", id: "a", n: 1 }), row({ member: 1, field: "category", value: "eggs", count: 9 })]
    expect(readStatementRows(rows, 1)).toEqual({ hits: [], facetRows: [rows[1]], total: 0 })
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
