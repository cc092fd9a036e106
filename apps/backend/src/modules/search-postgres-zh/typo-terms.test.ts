import { corrections, editDistance, latinTerms } from "./typo-terms"

const rule = { oneTypo: 4, twoTypos: 8 }

describe("typo terms", () => {
  it("keeps the Latin words of the index, not Chinese or numbers", () => {
    expect(latinTerms(["Fresh Morels 500 g", "鲜羊肚菌 xianyangdujun ydj"]).sort()).toEqual([
      "fresh",
      "morels",
      "xianyangdujun",
      "ydj",
    ])
  })

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("morles", "morels")).toBe(1)
    expect(editDistance("yangdjun", "yangdujun")).toBe(1)
    expect(editDistance("honey", "money")).toBe(1)
    expect(editDistance("abc", "abcdef", 2)).toBe(3)
  })

  it("corrects within the allowed edits for the word's length", () => {
    const vocabulary = ["morels", "morel", "honey", "millet", "soybean", "yangdujun", "dried"]
    expect(corrections("morles", vocabulary, rule)).toEqual(["morels"])
    expect(corrections("hony", vocabulary, rule)).toEqual(["honey"])
    expect(corrections("soybaen", vocabulary, rule)).toEqual(["soybean"])
    expect(corrections("yangdjun", vocabulary, rule)).toEqual(["yangdujun"])
    expect(corrections("ydj", vocabulary, rule)).toEqual([]) // too short to guess at
  })
})
