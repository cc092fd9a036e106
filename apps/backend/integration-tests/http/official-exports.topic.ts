import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import ExcelJS from "exceljs"
import JSZip from "jszip"
import { topic } from "../runner"
import { allocateLine, fenToYuanString, reverseAllocation, toLedgerEntries } from "@fengshou/relief-core"
import { ReportVerificationResponseSchema } from "@fengshou/store-contract"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { RELIEF_LEDGER_MODULE } from "../../src/modules/relief-ledger"
import type ReliefLedgerModuleService from "../../src/modules/relief-ledger/service"
import { seedDemoData } from "../../src/scripts/seed/index"
import { attempt, type Auth } from "./cooperative-helpers"
import { HEILONGJIANG, loginOfficial, QINGGANG, reliefLines, writeReliefLedger, YEAR_2026 } from "./official-helpers"
import { parseCsv } from "./parse-csv"

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
  "collective_income_fen",
] as const
const COUNTS = ["orders", "quantity_g", "cooperatives", "households_benefited", "persons_benefited"] as const

type Row = Record<string, string | number | null>
type Summary = { totals: Row; rows: Row[] }

/** Rows as the export should have them: the summary's rows, then the totals keyed "total". */
const expectedRows = (s: Summary) => [...s.rows, { key: "total", label: "合计", ...s.totals }]

/** "销售额（元） (sales_yuan)" → "sales_yuan". */
const columnId = (header: string) => /\(([a-z_]+)\)$/.exec(header)?.[1] ?? header

/** Each page's text as pdf.js extracts it (the font's ToUnicode map, so the Chinese reads back). */
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

/** An instant as the PDF prints it: China time (UTC+8) to the minute. */
const chinaMinute = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ")

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

export default topic("official-exports", ({ api, getContainer }) => {
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

  it("writes XLSX with the totals row, two native charts over its charts sheet, and a code that verifies", async () => {
    const q = `${YEAR_2026}&group_by=region`
    const res = await download(province, `${q}&format=xlsx`)
    const zip = await JSZip.loadAsync(res.data as ArrayBuffer)
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
    expect(charts.sort()).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"])
    const line = await zip.file("xl/charts/chart1.xml")!.async("string")
    const bar = await zip.file("xl/charts/chart2.xml")!.async("string")
    expect(line).toContain("<c:lineChart>")
    expect(line).toContain("<c:f>'图表'!$A$2:$A$13</c:f>") // every month of 2026
    expect(bar).toContain("<c:barChart>")
    expect(bar).toContain("<c:v>直播带货</c:v>")
    const types = await zip.file("[Content_Types].xml")!.async("string")
    expect(types).toContain('PartName="/xl/charts/chart2.xml"')
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"')
    expect(await zip.file("xl/worksheets/sheet2.xml")!.async("string")).toContain('<drawing r:id="rIdCharts1"/>')
    expect(await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string")).toContain("../drawings/drawing1.xml")

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(res.data as ArrayBuffer)
    const sheet = workbook.getWorksheet("报表")!
    const header = (sheet.getRow(1).values as string[]).slice(1).map(columnId)
    const totals = (sheet.getRow(sheet.rowCount).values as (string | number)[]).slice(1)
    const { totals: want } = await summary(province, q)
    expect(totals[header.indexOf("key")]).toBe("total")
    expect(totals[header.indexOf("label")]).toBe("合计")
    expect(totals[header.indexOf("sales_fen")]).toBe(want.sales_fen)
    expect(totals[header.indexOf("household_income_fen")]).toBe(want.household_income_fen)
    expect(totals[header.indexOf("sales_yuan")]).toBe(179.72)
    // The chart's cells are the month trend: March holds the province's March sales.
    const chartSheet = workbook.getWorksheet("图表")!
    expect(chartSheet.getCell("A4").value).toBe("2026-03")
    const march = (await summary(province, `${YEAR_2026}&group_by=month`)).rows.find((r) => r.key === "2026-03")!
    expect(chartSheet.getCell("B4").value).toBe(Number(fenToYuanString(march.sales_fen as number)))
    expect(chartSheet.getCell("C4").value).toBe(Number(fenToYuanString(march.household_income_fen as number)))
    expect(chartSheet.getCell("B2").value).toBe(0) // January: no entries, drawn as zero

    // Status split columns: each status's households sum to the row's (a household under one status per report).
    const split = ["registered_poor_households_benefited", "monitored_households_benefited"].map((id) =>
      Number(totals[header.indexOf(id)]),
    )
    expect(split[0]! + split[1]!).toBe(want.households_benefited)
    expect(totals[header.indexOf("monitored_household_income_fen")]).toBe(
      (want as unknown as { by_status: { monitored: { household_income_fen: number } } }).by_status.monitored
        .household_income_fen,
    )

    // The totals beside the previous period and a year earlier, as the summary's compare has them.
    const withCompare = (await api.get(`/official/relief/summary?${q}`, province)).data as {
      compare: Record<"previous" | "year_earlier", { from: string; totals: Row }>
    }
    const comparedSheet = workbook.getWorksheet("对比")!
    expect(String(comparedSheet.getCell("C1").value)).toContain(withCompare.compare.previous.from)
    expect(comparedSheet.getCell("A2").value).toBe("销售额")
    expect(comparedSheet.getCell("B2").value).toBe(179.72)
    expect(comparedSheet.getCell("C2").value).toBe(
      Number(fenToYuanString(withCompare.compare.previous.totals.sales_fen as number)),
    )
    expect(comparedSheet.getCell("F2").value).toBe(
      Number(fenToYuanString(withCompare.compare.year_earlier.totals.sales_fen as number)),
    )

    const about = workbook.getWorksheet("说明")!
    const rows = Object.fromEntries(
      (about.getSheetValues() as unknown[][]).filter(Boolean).map((r) => [String(r[1]), String(r[2])]),
    )
    expect(rows["签发单位"]).toBe("黑龙江省乡村振兴局")
    const code = rows["核验码"]!
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/)
    expect(res.headers["x-report-verification-code"]).toBe(code)
    expect(rows["核验网址"]).toMatch(new RegExp(`/verify/${code}$`))
    const { verification } = (await api.get(`/relief-verify/${code}`)).data
    expect(verification).toMatchObject({ code, status: "matches", differences: [], region: "23", lang: "zh" })
    expect(rows["签发时间"]).toBe(`${chinaMinute(verification.issued_at)}（北京时间）`)
  })

  it("writes a PDF with an embedded Chinese font whose text holds the names and the totals", async () => {
    const res = await download(province, `${YEAR_2026}&group_by=cooperative&format=pdf`)
    expect(res.headers["content-type"]).toBe("application/pdf")
    const bytes = Buffer.from(res.data as ArrayBuffer)
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-")
    expect(bytes.toString("latin1")).toMatch(/\/FontFile3|\/FontFile2/)
    const pages = await pdfPages(bytes)
    const text = pages[0]!
    expect(text).toContain("消费帮扶报告")
    expect(text).toContain("黑龙江省（23）")
    expect(text).toContain("远达农业种植专业合作社")
    expect(text).toContain("大桥村养蜂合作社")
    expect(text).toContain("合计")
    expect(text).toContain("179.72") // 17972 fen, the province's sales
    expect(text).toContain("44.80") // 4480 fen of household income
    expect(text).not.toMatch(/hh_/)
    // Issued: organisation, time of issue in China time, the verification code on every page, page numbers.
    expect(text).toContain("签发单位：黑龙江省乡村振兴局")
    const code = /核验码：([0-9A-Z]{10})/.exec(text)?.[1]
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/)
    expect(res.headers["x-report-verification-code"]).toBe(code) // the same code, for tools, in a header
    const { verification } = (await api.get(`/relief-verify/${code}`)).data
    expect(text).toContain(`签发时间：${chinaMinute(verification.issued_at)}（北京时间）`)
    expect(pages.length).toBeGreaterThanOrEqual(2) // the table, then the charts
    pages.forEach((page, i) => expect(page).toContain(`第 ${i + 1} / ${pages.length} 页`))
    pages.forEach((page) => expect(page).toContain(`核验码 ${code}`))
    expect(pages[pages.length - 1]).toContain("月度趋势（元）")
    expect(pages[pages.length - 1]).toContain("渠道构成")
    expect(pages[pages.length - 1]).toContain("直播带货")
    expect(pages[pages.length - 1]).toContain("合计 · 环比与同比")
    expect(pages[pages.length - 1]).toContain("监测户受益户数")
  })

  it("writes XLSX and PDF in English with lang=en: titles, units, page numbers, labels as the summary's", async () => {
    const q = `${YEAR_2026}&group_by=cooperative&lang=en`
    const english = (await summary(province, q)) as Summary & { region_label: string }
    const coop = english.rows.find((r) => String(r.label).startsWith("Yuanda"))
    expect(coop).toBeDefined()

    const pdf = await pdfPages(Buffer.from((await download(province, `${q}&format=pdf`)).data as ArrayBuffer))
    const text = pdf.join("\n")
    expect(pdf[0]).toContain("Consumption-based poverty relief report")
    expect(pdf[0]).toContain(`Region: ${english.region_label} (23)`)
    expect(pdf[0]).toContain("Issued by: 黑龙江省乡村振兴局")
    expect(pdf[0]).toContain(String(coop!.label))
    expect(pdf[0]).toContain("Total")
    pdf.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pdf.length}`))
    expect(text).toContain("Monthly trend (CNY)")
    expect(text).not.toMatch(/第 \d+ \/ \d+ 页|签发单位/)
    const code = /Verification code: ([0-9A-Z]{10})/.exec(pdf[0]!)![1]!
    const { verification } = ReportVerificationResponseSchema.parse((await api.get(`/relief-verify/${code}`)).data)
    expect(verification).toMatchObject({ lang: "en", group_by: "cooperative", status: "matches" })
    expect(pdf[0]).toContain(`Issued at: ${chinaMinute(verification.issued_at)} (China time)`)

    const xlsx = (await download(province, `${q}&format=xlsx`)).data as ArrayBuffer
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx)
    const sheet = workbook.getWorksheet("Report")!
    expect(sheet.getCell("D1").value).toBe("Sales (CNY) (sales_yuan)")
    expect(sheet.getCell(sheet.rowCount, 2).value).toBe("Total")
    expect(workbook.getWorksheet("Charts")!.getCell("B1").value).toBe("Sales (CNY)")
    const about = Object.fromEntries(
      (workbook.getWorksheet("About")!.getSheetValues() as unknown[][])
        .filter(Boolean)
        .map((r) => [String(r[1]), String(r[2])]),
    )
    expect(about["Issued by"]).toBe("黑龙江省乡村振兴局")
    expect(about["Verify at"]).toMatch(/\/en\/verify\/[0-9A-Z]{10}$/)
    const zip = await JSZip.loadAsync(xlsx)
    expect(await zip.file("xl/charts/chart1.xml")!.async("string")).toContain("<c:f>'Charts'!$A$2:$A$13</c:f>")
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

  // Last: it writes a refund into the ledger, which the tests above must not see.
  it("verifies an issued PDF: matches, then after a refund in its period, changed with the differences", async () => {
    const res = await download(province, `${YEAR_2026}&group_by=region&format=pdf`)
    const [first] = await pdfPages(Buffer.from(res.data as ArrayBuffer))
    const code = /核验码：([0-9A-Z]{10})/.exec(first!)![1]!
    const before = ReportVerificationResponseSchema.parse((await api.get(`/relief-verify/${code}`)).data).verification
    expect(before).toMatchObject({
      code,
      organisation: "黑龙江省乡村振兴局",
      region: "23",
      region_label: "黑龙江省",
      from: "2026-01-01",
      to: "2026-12-31",
      group_by: "region",
      status: "matches",
      differences: [],
    })
    // Typed the way a reader might: lower case, with a dash.
    const typed = `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`
    expect((await api.get(`/relief-verify/${typed}`)).data.verification.status).toBe("matches")

    // ¥10.00 of 穆棱's honey order refunded in April 2026, inside the issued period.
    const line = reliefLines().find((l) => l.order === "order_ml1")!
    const sale = allocateLine(line.input)
    const refund = reverseAllocation({ original: sale, previous_reversals: [], refund_fen: 1000 })
    const [coop] = await getContainer()
      .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      .listCooperatives({ handle: "daqiao" }, { select: ["id"] })
    const entries = toLedgerEntries(
      {
        order_id: line.order,
        line_item_id: `${line.order}_li`,
        cooperative_id: coop!.id,
        division_code: line.village,
        channel: line.channel,
        category: line.category,
        occurred_at: "2026-04-05T02:00:00Z",
        kind: "refund",
        quantity_g: 0,
        households: line.input.contributions.map(({ household_key, status, persons }) => ({
          household_key,
          status,
          persons,
        })),
      },
      refund,
    ).map((e) => ({
      ...e,
      source_event_id: `refund:${line.order}:verify`,
      product_id: null,
      variant_id: null,
      live_session_id: null,
      host_id: null,
    }))
    await getContainer().resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE).appendEntries(entries)

    const after = ReportVerificationResponseSchema.parse((await api.get(`/relief-verify/${code}`)).data).verification
    expect(after.status).toBe("changed")
    const diff = (figure: string, row: string | null) =>
      after.differences.find(
        (d: { figure: string; row_key: string | null }) => d.figure === figure && d.row_key === row,
      )
    expect(diff("sales_fen", null)).toEqual({ figure: "sales_fen", row_key: null, issued: 17972, now: 16972 })
    expect(diff("refunds_fen", "2310")).toMatchObject({ figure: "refunds_fen", row_key: "2310" })
    expect(diff("refunds_fen", "2310")!.now - diff("refunds_fen", "2310")!.issued).toBe(1000)
    expect(diff("sales_fen", "2312")).toBeUndefined() // 绥化 (青冈) is untouched
    expect(after.issued_at).toBe(before.issued_at)
  })

  it("answers 404 for a code nobody issued and 400 for one that cannot be a code, with no key or sign-in", async () => {
    const unknown = await attempt(api.get(`/relief-verify/0000000000`))
    expect(unknown.status).toBe(404)
    expect((unknown.data as { message: string }).message).toMatch(
      /No report was issued with the verification code 0000000000/,
    )
    const malformed = await attempt(api.get(`/relief-verify/abc`))
    expect(malformed.status).toBe(400)
    expect((malformed.data as { message: string }).message).toMatch(/code must be the 10-character verification code/)
    expect((await attempt(api.get(`/relief-verify/${"Z".repeat(11)}`))).status).toBe(400)
  })
})
