import { describe, expect, it } from "vitest"
import { highlight } from "./highlight"

const marked = (text: string, q: string) =>
  highlight(text, q)
    .filter((s) => s.match)
    .map((s) => s.text)

describe("highlight", () => {
  it("marks Chinese by character pairs, inside longer words", () => {
    expect(marked("黑木耳", "木耳")).toEqual(["木耳"])
    expect(marked("鲜羊肚菌", "羊肚菌")).toEqual(["羊肚菌"])
    expect(marked("昌盛小米", "小米 豆油")).toEqual(["小米"])
  })

  it("marks the characters a pinyin word or its initials spell", () => {
    expect(marked("北马村鲜羊肚菌", "yangduj")).toEqual(["羊肚菌"])
    expect(marked("北马村鲜羊肚菌", "ydj")).toEqual(["羊肚菌"])
    expect(marked("椴树蜂蜜", "fengmi")).toEqual(["蜂蜜"])
  })

  it("marks English words starting with a query word, whatever the case", () => {
    expect(marked("Fresh Morels", "morel")).toEqual(["Morel"])
    expect(marked("Dried Morels", "dried mor")).toEqual(["Dried", "Mor"])
  })

  it("returns the whole text unmarked when nothing matched, and never splits a character", () => {
    expect(highlight("笨榨豆油", "honey")).toEqual([{ text: "笨榨豆油", match: false }])
    expect(highlight("", "x")).toEqual([])
  })
})
