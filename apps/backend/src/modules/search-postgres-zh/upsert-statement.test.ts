import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { droppedFields, slimIndexed, upsertStatement, type UpsertRow } from "./upsert-statement"

const row = (id: string): UpsertRow => ({
  id,
  document: { id, title: `t ${id}` },
  indexed: { id, status: "published" },
  weighted: [
    { text: `title ${id}`, weight: "A" },
    { text: `description ${id}`, weight: "D" },
  ],
  searchText: `text ${id}`,
})

describe("upsertStatement", () => {
  it("writes each row once, with its name vector from the same search_vector, placeholders in text order", () => {
    const { sql, params } = upsertStatement("t", [row("a"), row("b")], (parts, params) =>
      parts.map((p) => (params.push(p.text), `setweight(to_tsvector('simple', ?), '${p.weight}')`)).join(" || "),
    )
    expect(sql.match(/\?/g)).toHaveLength(params.length)
    expect(params).toEqual([
      "a",
      JSON.stringify({ id: "a", title: "t a" }),
      JSON.stringify({ id: "a", status: "published" }),
      "title a",
      "description a",
      "text a",
      "b",
      JSON.stringify({ id: "b", title: "t b" }),
      JSON.stringify({ id: "b", status: "published" }),
      "title b",
      "description b",
      "text b",
    ])
    expect(sql).toContain(`ts_filter(v.search_vector, '{a,b}')`)
    expect(sql).toContain(`"name_vector" = EXCLUDED."name_vector"`)
    expect(sql.match(/INSERT INTO/g)).toHaveLength(1)
    expect(sql).not.toContain('UPDATE "t"')
  })
})

describe("droppedFields and slimIndexed", () => {
  it("keep the keys and what filters, facets and sorting read; drop the rest", () => {
    const definition = {
      primary_key: "id",
      settings: {},
      fields: {
        id: { type: "keyword" },
        title: { type: "text", searchable: true },
        status: { type: "keyword", filterable: true },
        price: { type: "number", sortable: true },
        category: { type: "keyword", facetable: true },
        region: { type: "object" },
      },
    } as unknown as SearchTypes.ResolvedSearchIndexDefinition
    const dropped = droppedFields(definition)
    expect(dropped).toEqual(["title"])
    const indexed = { id: "p1", title: "小米", status: "published", price: 1990, category: "grain" }
    expect(slimIndexed(indexed, dropped)).toEqual({ id: "p1", status: "published", price: 1990, category: "grain" })
    expect(indexed.title).toBe("小米")
  })
})
