import { anyOperandTsQuery, tsQuerySql } from "./text-query"

const sql = (q: string, strategy: "all" | "any" | "last", opts = {}) => {
  const params: unknown[] = []
  const text = tsQuerySql(q, strategy, "cfg", opts)(params)
  return { text, params }
}

describe("tsQuerySql", () => {
  it("asks for a Chinese word's pairs, a last single character as a prefix while typing", () => {
    // Every word of the index that starts with a pair comes with the pair itself, so a pair needs no prefix.
    expect(sql("羊肚菌", "last").params).toEqual(["('羊肚' & '肚菌')"])
    expect(sql("羊肚菌", "all").params).toEqual(["('羊肚' & '肚菌')"])
    expect(sql("枣", "last").params).toEqual(["('枣':*)"])
    expect(sql("枣", "all").params).toEqual(["('枣')"])
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

  it("ORs a respelled run with the original, as it would a synonym", () => {
    expect(sql("蜂密", "all", { respellings: new Map([["蜂密", "蜂蜜"]]) }).params).toEqual(["(('蜂密') | ('蜂蜜'))"])
  })
})

describe("anyOperandTsQuery", () => {
  it("asks whether any word of the query lies in the given weights, the last one a prefix while typing", () => {
    expect(anyOperandTsQuery("羊肚菌", "all", "A")).toBe("'羊肚':A | '肚菌':A")
    expect(anyOperandTsQuery("soybaen oil", "last", "AB", { fixes: new Map([["soybaen", ["soybean"]]]) })).toBe(
      "'soybaen':AB | 'soybean':AB | 'oil':*AB",
    )
    expect(anyOperandTsQuery("粟米", "all", "A", { synonyms: { 粟米: ["小米"] } })).toBe("'粟米':A | '小米':A")
    expect(anyOperandTsQuery("  ", "all", "A")).toBeNull()
    expect(anyOperandTsQuery("羊肚菌 ydj", "last", "")).toBe("'羊肚' | '肚菌' | 'ydj':*")
    expect(anyOperandTsQuery("ydj 羊肚菌", "last", "A")).toBe("'ydj':A | '羊肚':A | '肚菌':A")
    expect(anyOperandTsQuery("ydj 枣", "last", "A")).toBe("'ydj':A | '枣':*A")
  })
})
