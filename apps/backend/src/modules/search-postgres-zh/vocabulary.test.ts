import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { knownWordsSql, readKnownWords } from "./vocabulary"

const input = (q: string, options: Record<string, unknown> = { typo_tolerance: true, match_strategy: "last" }) =>
  ({
    q,
    index: { physical_name: "product_v1", settings: { typo_tolerance: { enabled: true } } },
    search_options: options,
  }) as unknown as SearchTypes.ProviderSearchQuery

describe("knownWordsSql", () => {
  it("asks which windows of the Chinese runs are known words, ok when every pair is", () => {
    const known = knownWordsSql(input("羊肚菌 鲜"))!
    // the pairs every one of which must be known, then the windows asked for
    expect(known.params).toEqual(["羊肚", "肚菌", "羊肚菌", "羊肚", "肚菌"])
    expect(known.sql.indexOf("v.han @>")).toBeLessThan(known.sql.indexOf(`"term" IN`))
    expect(known.sql).toContain(`SELECT "term" FROM "search_pg_product_v1_han" WHERE "term" IN (?, ?, ?)`)
    expect(known.sql).toContain("v.han @> ARRAY[?, ?]::text[] AND TRUE = ALL(v.latin) AS ok")
    expect(known.sql.match(/\?/g)).toHaveLength(known.params.length)
  })

  it("asks whether each Latin word long enough to correct is known, the one being typed as a prefix", () => {
    const known = knownWordsSql(input("fresh ydj morels"))!
    // the checks, then again for each word's candidates, asked only when it is unknown
    expect(known.params).toEqual([
      ...["fresh", "morels", "morels\uffff"],
      ...["fresh", "fresh", "fresh", "morels", "morels\uffff", "morels", "morels"],
    ])
    expect(known.sql.match(/\?/g)).toHaveLength(known.params.length)
    expect(known.latin).toEqual([0, 2])
    const learnt = readKnownWords(known, { han: [], latin: [true, false], near: [null, ["morels", "morel"]] })
    expect(learnt.latin).toEqual(
      new Map([
        [0, true],
        [2, false],
      ]),
    )
    expect(learnt.near).toEqual(new Map([[2, ["morels", "morel"]]]))
    expect(knownWordsSql(input("ydj"))).toBeNull()
  })

  it("asks nothing when typos are not tolerated", () => {
    expect(knownWordsSql(input("羊度菌", { typo_tolerance: false }))).toBeNull()
  })
})
