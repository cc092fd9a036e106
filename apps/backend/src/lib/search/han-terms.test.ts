import { describe, expect, it } from "vitest"
import { hanIndexText, splitQuery } from "./han-terms"
import { pinyinTerms } from "./pinyin-terms"

describe("hanIndexText / splitQuery", () => {
  it("indexes every character and pair, so two-character words inside longer ones match", () => {
    const terms = hanIndexText("昌盛小米 2.5 kg").split(" ")
    expect(terms).toEqual(expect.arrayContaining(["昌盛小米", "小米", "盛小", "米", "2.5", "kg"]))
    expect(hanIndexText("黑木耳").split(" ")).toContain("木耳")
  })

  it("cuts a query into the same pairs and keeps other words for PostgreSQL's parser", () => {
    expect(splitQuery("羊肚菌")).toEqual({ han: ["羊肚", "肚菌"], latin: "", endsWithHan: true })
    expect(splitQuery("Morel 羊")).toEqual({ han: ["羊"], latin: "morel", endsWithHan: true })
    expect(splitQuery("小米 5kg")).toEqual({ han: ["小米"], latin: "5kg", endsWithHan: false })
  })
})

describe("pinyinTerms", () => {
  it("spells each start position out in full and by initials", () => {
    const terms = pinyinTerms("鲜羊肚菌")
    expect(terms).toEqual(expect.arrayContaining(["xianyangdujun", "yangdujun", "ydj", "xydj", "yang", "du", "jun"]))
  })

  it("reads polyphonic characters in context and writes ü as v", () => {
    expect(pinyinTerms("银行")).toContain("yinhang")
    expect(pinyinTerms("绿豆")).toContain("lvdou")
  })
})
