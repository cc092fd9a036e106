import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import ExcelJS from "exceljs"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { fenToYuanString } from "@fengshou/relief-core"
import { seedDemoData } from "../../src/scripts/seed/index"
import { attempt, type Auth } from "./cooperative-helpers"
import { HEILONGJIANG, loginOfficial, QINGGANG, writeReliefLedger, YEAR_2026 } from "./official-helpers"

// Exports carry exactly the summary's numbers: CSV and XLSX are read back and compared with the JSON, field by
// field; the PDF's text is extracted and must hold the Chinese names and the totals.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const GROUPINGS = ["region", "cooperative", "channel", "category", "month"] as const
const FEN = [
  "sales_fen",
  "refunds_fen",
  "household_income_fen",
  "avg_income_per_household_fen",
  "avg_income_per_person_fen",
] as const
const COUNTS = ["orders", "quantity_g", "cooperatives", "households_benefited", "persons_benefited"] as const

type Row = Record<string, string | number | null>
type Summary = { totals: Row; rows: Row[] }

/** Rows as the export should have them: the summary's rows, then the totals keyed "total". */
const expectedRows = (s: Summary) => [...s.rows, { key: "total", label: "合计", ...s.totals }]

/** RFC 4180 CSV with quotes, as a spreadsheet would read it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"'
      i += 1
    } else if (c === '"') {
      quoted = !quoted
    } else if (!quoted && (c === "," || c === "\n")) {
      row.push(cell)
      cell = ""
      if (c === "\n") {
        rows.push(row)
        row = []
      }
    } else if (quoted || c !== "\r") {
      cell += c
    }
  }
  return rows
}

/** "销售额（元） (sales_yuan)" → "sales_yuan". */
const columnId = (header: string) => /\(([a-z_]+)\)$/.exec(header)?.[1] ?? header

function compare(table: Row[], summary: Summary, yuan: (fen: number) => string | number) {
  const expected = expectedRows(summary)
  expect(table).toHaveLength(expected.length)
  table.forEach((got, i) => {
    const want = expected[i]!
    expect(got.key ?? null).toEqual(want.key ?? null)
    expect(got.label ?? null).toEqual(want.label ?? null)
    for (const f of [...FEN, ...COUNTS]) expect({ f, v: Number(got[f]) }).toEqual({ f, v: want[f] })
    for (const f of FEN) expect({ f, v: got[f.replace(/_fen$/, "_yuan")] }).toEqual({ f, v: yuan(want[f] as number) })
  })
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let county: Auth
    let province: Auth

    beforeAll(async () => {
      await seedDemoData(getContainer(), { staticDir })
      await writeReliefLedger(getContainer())
      county = await loginOfficial(api, QINGGANG)
      province = await loginOfficial(api, HEILONGJIANG)
    })

    const summary = async (auth: Auth, q: string) =>
      (await api.get(`/official/relief/summary?${q}`, auth)).data as Summary
    const download = (auth: Auth, q: string) =>
      api.get(`/official/relief/export?${q}`, { ...auth, responseType: "arraybuffer" })

    it("writes CSV as UTF-8 with a BOM, with the summary's numbers for every grouping", async () => {
      for (const group_by of GROUPINGS) {
        const q = `${YEAR_2026}&group_by=${group_by}`
        const res = await download(province, `${q}&format=csv`)
        expect(res.headers["content-type"]).toMatch(/^text\/csv; charset=utf-8/)
        expect(res.headers["content-disposition"]).toBe(
          `attachment; filename="relief-23-2026-01-01-2026-12-31-${group_by}.csv"`,
        )
        const bytes = Buffer.from(res.data as ArrayBuffer)
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        const [header, ...lines] = parseCsv(bytes.toString("utf8").slice(1))
        const ids = header!.map(columnId)
        const table = lines.map((cells) =>
          Object.fromEntries(ids.map((id, i) => [id, cells[i] === "" ? null : cells[i]!])),
        )
        compare(table, await summary(province, q), fenToYuanString)
        expect(bytes.toString("utf8")).not.toMatch(/hh_/)
      }
    })

    it("writes XLSX whose cells, read back with exceljs, are the summary's numbers", async () => {
      for (const group_by of GROUPINGS) {
        const q = `${YEAR_2026}&group_by=${group_by}`
        const res = await download(province, `${q}&format=xlsx`)
        expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        const workbook = new ExcelJS.Workbook()
        await workbook.xlsx.load(res.data as ArrayBuffer)
        const sheet = workbook.getWorksheet("报表")!
        const values = (n: number) => (sheet.getRow(n).values as (string | number | null)[]).slice(1)
        const ids = values(1).map((h) => columnId(String(h)))
        const table: Row[] = []
        for (let n = 2; n <= sheet.rowCount; n += 1)
          table.push(Object.fromEntries(ids.map((id, i) => [id, values(n)[i] ?? null])))
        compare(table, await summary(province, q), (fen) => Number(fenToYuanString(fen)))
        expect(sheet.getCell(2, ids.indexOf("sales_yuan") + 1).numFmt).toBe("#,##0.00")
        expect(workbook.getWorksheet("说明")!.getCell("B2").value).toBe("黑龙江省（23）")
      }
    })

    it("writes a PDF with an embedded Chinese font whose text holds the names and the totals", async () => {
      const res = await download(province, `${YEAR_2026}&group_by=cooperative&format=pdf`)
      expect(res.headers["content-type"]).toBe("application/pdf")
      const bytes = Buffer.from(res.data as ArrayBuffer)
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-")
      expect(bytes.toString("latin1")).toMatch(/\/FontFile3|\/FontFile2/)
      const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs")
      const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise
      const content = await (await pdf.getPage(1)).getTextContent()
      const text = content.items.map((item) => ("str" in item ? item.str : "")).join("")
      expect(text).toContain("消费帮扶报告")
      expect(text).toContain("黑龙江省（23）")
      expect(text).toContain("远达农业种植专业合作社")
      expect(text).toContain("大桥村养蜂合作社")
      expect(text).toContain("合计")
      expect(text).toContain("179.72") // 17972 fen, the province's sales
      expect(text).toContain("44.80") // 4480 fen of household income
      expect(text).not.toMatch(/hh_/)
    })

    it("exports only inside the scope and with the same validation as the summary", async () => {
      const res = await download(county, `${YEAR_2026}&format=csv`)
      const text = Buffer.from(res.data as ArrayBuffer).toString("utf8")
      expect(text).toContain("231223111,昌盛镇,2,111.72,11172,27.98,2798,7500,")
      expect(text).not.toContain("大桥村")
      expect((await attempt(download(county, `${YEAR_2026}&format=xlsx&region=23`))).status).toBe(403)
      expect((await attempt(download(county, `from=2026-01-01&format=pdf`))).status).toBe(400)
    })

    it("reconciles the orders of the scope only, and names no household", async () => {
      const own = (await api.get(`/official/relief/reconciliation`, county)).data
      expect(own).toMatchObject({ region: "231223", region_label: "黑龙江省 绥化市 青冈县" })
      // The fixture's orders exist only in the ledger, so each is reported as an unknown order, in scope only.
      const orders = own.differences.map((d: { order_id: string }) => d.order_id).sort()
      expect(orders).toEqual(["order_qg1", "order_qg2", "order_qg_cancel", "order_qg_old"])
      expect(own.differences.every((d: { kind: string }) => d.kind === "unknown_order")).toBe(true)
      const wide = (await api.get(`/official/relief/reconciliation`, province)).data
      expect(wide.differences.map((d: { order_id: string }) => d.order_id)).toContain("order_ml1")
      expect(wide.differences.map((d: { order_id: string }) => d.order_id)).not.toContain("order_wd1")
      expect(JSON.stringify(wide)).not.toMatch(/hh_/)
    })
  },
})
