import { hanTerms, respellRun, runWindows, windowPinyin } from "./han-typos"

/** A vocabulary as the index would hold it, from some names and one description. */
function vocabulary(names: string[], texts: string[] = []) {
  const terms = [...names.flatMap((n) => hanTerms(n, true)), ...texts.flatMap((t) => hanTerms(t, false))]
  const known = new Set(terms.map((t) => t.term))
  const bySound = new Map<string, { term: string; name: boolean }[]>()
  for (const t of terms) bySound.set(t.pinyin, [...(bySound.get(t.pinyin) ?? []), t])
  return { known, bySound }
}

describe("Chinese typos by sound", () => {
  it("keeps every 2- to 4-character word of a name with its toneless pinyin, only pairs of a long text", () => {
    expect(runWindows("鲜羊肚菌").map((w) => w.text)).toEqual(["鲜羊肚菌", "鲜羊肚", "羊肚菌", "鲜羊", "羊肚", "肚菌"])
    expect(hanTerms("鲜羊肚菌", true)).toContainEqual({ term: "羊肚菌", pinyin: "yangdujun", name: true })
    expect(hanTerms("冷链配送", false).map((t) => t.term)).toEqual(["冷链", "链配", "配送"])
    expect(windowPinyin("蜂密")).toEqual([{ start: 0, text: "蜂密", pinyin: "fengmi" }])
  })

  it("respells a homophone or near-character typo to the indexed word that sounds the same", () => {
    const { known, bySound } = vocabulary(["鲜羊肚菌", "干羊肚菌", "椴树蜂蜜", "蜂蜜", "散养土鸡蛋"], ["成熟蜜"])
    expect(respellRun("羊度菌", known, bySound)).toBe("羊肚菌")
    expect(respellRun("蜂密", known, bySound)).toBe("蜂蜜")
    expect(respellRun("土鸡但", known, bySound)).toBe("土鸡蛋")
  })

  it("leaves a run alone when the index knows its pairs, or nothing sounds like it", () => {
    const { known, bySound } = vocabulary(["鲜羊肚菌", "蜂蜜"])
    expect(respellRun("羊肚菌", known, bySound)).toBeNull()
    expect(respellRun("火箭", known, bySound)).toBeNull()
    expect(respellRun("蜂", known, bySound)).toBeNull()
  })

  it("prefers a word from a name over one from a description when both sound the same", () => {
    const bySound = new Map([
      [
        "fengmi",
        [
          { term: "丰米", name: false },
          { term: "蜂蜜", name: true },
        ],
      ],
    ])
    expect(respellRun("蜂密", new Set(), bySound)).toBe("蜂蜜")
  })
})
