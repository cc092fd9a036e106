import { dividendRows } from "./dividend-sheet"
import { dividendSheetToPdf } from "./dividend-sheet-pdf"
import { statementToPdf } from "./statement-pdf"
import { DETAIL } from "./test-fixtures"
import type { HouseholdIncomeAnswer } from "@fengshou/store-contract"

/** Each page's text as pdf.js extracts it (the embedded font's ToUnicode map, so the Chinese reads back). */
async function pdfPages(bytes: Buffer): Promise<string[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs")
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent()
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(""))
  }
  return pages
}

const ANSWER: HouseholdIncomeAnswer = {
  period: "2026-12",
  households: [
    {
      household_id: "hh_2",
      code: "XD-002",
      name: null,
      status: "monitored",
      persons: 2,
      supply_fen: 0,
      dividend_fen: 399,
      total_fen: 399,
    },
    {
      household_id: "hh_1",
      code: "XD-001",
      name: "王秀兰",
      status: "registered_poor",
      persons: 4,
      supply_fen: 3200,
      dividend_fen: 0,
      total_fen: 3200,
    },
  ],
  collective_fen: 150,
  households_fen: 3599,
}

describe("settlement PDFs", () => {
  it("prints a statement in Chinese with its number, totals and every line", async () => {
    const pdf = await statementToPdf(DETAIL, "zh", new Date("2027-01-06T01:00:00Z"))
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const [page] = await pdfPages(pdf)
    expect(page).toContain("兴东村种植专业合作社 合作社结算单")
    expect(page).toContain("JS-202612-yuanda")
    expect(page).toContain("应付净额（元）：1,106.18")
    expect(page).toContain("BOC20270105-001")
    expect(page).toContain("#13")
    expect(page).toContain("生成时间 2027-01-06 09:00（北京时间）")
    expect(page).toContain("第 1 / 1 页")
  })

  it("breaks a long statement over pages, repeating the header", async () => {
    const lines = Array.from({ length: 80 }, (_, i) => ({
      ...DETAIL.lines[1]!,
      id: `stl_${i}`,
      order_display_id: 100 + i,
    }))
    const pages = await pdfPages(await statementToPdf({ ...DETAIL, lines }, "en", new Date()))
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages) expect(page).toContain("Order")
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`)
  })

  it("rows the dividend sheet by household code, then the collective, then totals of everything paid", () => {
    const rows = dividendRows(ANSWER, "zh").map((r) => r.cells)
    expect(rows.map((r) => r[0])).toEqual(["XD-001", "XD-002", "村集体", "合计"])
    expect(rows[0]).toEqual(["XD-001", "王秀兰", "脱贫户", "4", "32.00", "0.00", "32.00", ""])
    expect(rows[1]![1]).toBe("")
    expect(rows[2]![6]).toBe("1.50")
    expect(rows[3]).toEqual(["合计", "", "", "6", "32.00", "3.99", "37.49", ""])
  })

  it("prints the dividend sheet with names, the signature column and the collective", async () => {
    const pdf = await dividendSheetToPdf({
      cooperative: { name: "兴东村种植专业合作社", village: "黑龙江省绥化市青冈县兴华镇兴东村" },
      answer: ANSWER,
      lang: "zh",
      generatedAt: new Date("2027-01-06T01:00:00Z"),
    })
    const [page] = await pdfPages(pdf)
    for (const text of [
      "农户收入分红表",
      "兴东村",
      "2026-12",
      "王秀兰",
      "签字",
      "村集体",
      "监测户",
      "37.49",
      "第 1 / 1 页",
    ])
      expect(page).toContain(text)
  })
})
