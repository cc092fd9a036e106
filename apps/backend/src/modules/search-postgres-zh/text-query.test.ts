import { tsQuerySql } from "./text-query"

const sql = (q: string, strategy: "all" | "any" | "last", opts = {}) => {
  const params: unknown[] = []
  const text = tsQuerySql(q, strategy, "cfg", opts)(params)
  return { text, params }
}

describe("tsQuerySql", () => {
  it("asks for a Chinese word's pairs, the last one a prefix while typing", () => {
    expect(sql("羊肚菌", "last").params).toEqual(["('羊肚' & '肚菌':*)"])
    expect(sql("羊肚菌", "all").params).toEqual(["('羊肚' & '肚菌')"])
  })

  it("accepts a synonym's spelling too", () => {
    expect(sql("粟米", "all", { synonyms: { 粟米: ["小米"] } }).params).toEqual(["(('粟米') | ('小米'))"])
  })

  it("leaves other words to PostgreSQL's parser, or spells out their typo corrections", () => {
    expect(sql("fresh morel", "last")).toMatchObject({ params: ["fresh morel"] })
    expect(sql("morles", "last", { fixes: new Map([["morles", ["morels"]]]) }).params).toEqual([
      "('morles':* | 'morels':*)",
    ])
    expect(sql("", "all").text).toBe("''::tsquery")
  })
})
