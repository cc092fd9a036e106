import { didYouMeanOf } from "./service"

describe("didYouMeanOf", () => {
  it("spells the query as the corrections read it", () => {
    expect(didYouMeanOf("羊度菌", { respellings: new Map([["羊度菌", "羊肚菌"]]) })).toBe("羊肚菌")
    expect(didYouMeanOf("Soybaen oil", { fixes: new Map([["soybaen", ["soybean", "soybeans"]]]) })).toBe("soybean oil")
    expect(
      didYouMeanOf("北马村 羊度菌 morles", {
        fixes: new Map([["morles", ["morels"]]]),
        respellings: new Map([["羊度菌", "羊肚菌"]]),
      }),
    ).toBe("北马村 羊肚菌 morels")
  })

  it("says nothing when nothing was corrected", () => {
    expect(didYouMeanOf("羊肚菌", {})).toBeNull()
    expect(didYouMeanOf("millet", { fixes: new Map() })).toBeNull()
  })
})
