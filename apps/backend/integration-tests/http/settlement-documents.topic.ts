import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { topic } from "../runner"
import type { NewLedgerEntry } from "@fengshou/relief-core"
import {
  HouseholdIncomeAnswerSchema,
  StatementDetailSchema,
  StatementListSchema,
  type HouseholdIncomeAnswer,
} from "@fengshou/store-contract"
import { seedDemoData } from "../../src/scripts/seed/index"
import type ReliefLedgerModuleService from "../../src/modules/relief-ledger/service"
import { SETTLEMENT_MODULE } from "../../src/modules/settlement"
import type SettlementModuleService from "../../src/modules/settlement/service"
import { attempt, type Auth, loginCooperative } from "./cooperative-helpers"
import { loginOfficial, HEILONGJIANG } from "./official-helpers"
import { createApprovedHost } from "./live-helpers"
import { parseCsv } from "./parse-csv"

// The cooperative's and host's settlement reads and documents over statements written straight through the
// settlement module (so nothing waits on generation) and ledger entries appended through the relief ledger's own
// service: own statements only, another's a 404, CSV totals = the statement, PDFs that read back, and the 分红表's
// figures equal to the ledger's sums, with names for the owning cooperative only.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const NAME_A = "王秀兰"
const NAME_B = "李建国"

type Statements = Record<"aPaid" | "aOpen" | "b" | "host" | "otherHost", string>

/** Our CSVs open with a BOM (so Excel reads UTF-8), then RFC 4180 rows. */
function parseBomCsv(bytes: Buffer): string[][] {
  const text = bytes.toString("utf8")
  expect(text.startsWith("\uFEFF")).toBe(true)
  return parseCsv(text.slice(1))
}

/** Each page's text as pdf.js extracts it (the embedded font's ToUnicode map, so the Chinese reads back). */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs")
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise
  let text = ""
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent()
    text += content.items.map((item) => ("str" in item ? item.str : "")).join("")
  }
  return text
}

const yuan = (fen: number) =>
  `${fen < 0 ? "-" : ""}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, "0")}`

export default topic("settlement-documents", ({ api, getContainer }) => {
  let A: Auth
  let B: Auth
  let host: Auth
  let otherHost: Auth
  let coopA = ""
  let publishableKey = ""
  let hhA: { id: string; code: string }[] = []
  let hhB: { id: string; code: string }[] = []
  const ids: Statements = { aPaid: "", aOpen: "", b: "", host: "", otherHost: "" }
  const settlement = () => getContainer().resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const download = (auth: Auth, url: string) =>
    attempt(api.get(url, { ...auth, responseType: "arraybuffer" })) as Promise<{
      status: number
      data: ArrayBuffer
      headers: Record<string, string>
    }>

  async function statement(
    party: "cooperative" | "host",
    party_id: string,
    number: string,
    period: string,
    lines: { kind: "sale" | "refund" | "commission"; sales: number; fee: number; commission: number }[],
    paid = false,
  ) {
    const sum = (pick: (l: (typeof lines)[number]) => number) => lines.reduce((s, l) => s + pick(l), 0)
    const net = (l: (typeof lines)[number]) => (party === "host" ? l.commission : l.sales - l.fee - l.commission)
    const [row] = await settlement().createSettlementStatements([
      {
        number,
        party,
        party_id,
        period,
        status: paid ? "paid" : "open",
        gross_fen: sum((l) => Math.max(l.sales, 0)),
        refunds_fen: -sum((l) => Math.min(l.sales, 0)),
        fee_fen: sum((l) => l.fee),
        commission_fen: sum((l) => l.commission),
        net_fen: sum(net),
        fee_bps: 500,
        paid_on: paid ? "2026-12-05" : null,
        bank_reference: paid ? "BOC20261205-0001" : null,
        paid_at: paid ? new Date("2026-12-05T02:00:00Z") : null,
      },
    ])
    await settlement().createSettlementLines(
      lines.map((l, i) => ({
        statement_id: row!.id,
        line_key: `${number}:${i}`,
        kind: l.kind,
        order_id: `order_${number}_${i}`,
        order_display_id: 100 + i,
        line_item_id: party === "host" ? null : `item_${i}`,
        title: party === "host" ? null : "长胜小米 2.5kg",
        occurred_at: new Date(`${period}-0${i + 1}T03:00:00Z`),
        payable_at: new Date(`${period}-1${i + 1}T03:00:00Z`),
        sales_fen: l.sales,
        fee_fen: l.fee,
        commission_fen: l.commission,
        net_fen: net(l),
        ledger_entry_ids: [] as unknown as Record<string, unknown>,
      })),
    )
    return row!.id
  }

  beforeAll(async () => {
    publishableKey = (await seedDemoData(getContainer(), { staticDir })).publishableKey
    A = await loginCooperative(api, "yuanda@demo.fengshou.local")
    B = await loginCooperative(api, "daqiao@demo.fengshou.local")
    coopA = (await api.get(`/cooperative/me`, A)).data.cooperative.id
    const coopB = (await api.get(`/cooperative/me`, B)).data.cooperative.id
    hhA = (await api.get(`/cooperative/households?limit=2`, A)).data.households
    hhB = (await api.get(`/cooperative/households?limit=1`, B)).data.households
    await api.post(`/cooperative/households/${hhA[0]!.id}`, { name: NAME_A }, A)
    await api.post(`/cooperative/households/${hhB[0]!.id}`, { name: NAME_B }, B)

    const h1 = await createApprovedHost(api, getContainer(), { email: "host-one@example.cn", rate_bps: 1000 })
    const h2 = await createApprovedHost(api, getContainer(), { email: "host-two@example.cn", rate_bps: 800 })
    host = { headers: h1.headers }
    otherHost = { headers: h2.headers }

    ids.aPaid = await statement(
      "cooperative",
      coopA,
      "JS-202611-yuanda",
      "2026-11",
      [
        { kind: "sale", sales: 7980, fee: 399, commission: 798 },
        { kind: "sale", sales: 123456, fee: 6173, commission: 0 },
        { kind: "refund", sales: -2000, fee: -100, commission: -200 },
      ],
      true,
    )
    ids.aOpen = await statement("cooperative", coopA, "JS-202612-yuanda", "2026-12", [
      { kind: "sale", sales: 11600, fee: 580, commission: 0 },
    ])
    ids.b = await statement("cooperative", coopB, "JS-202611-daqiao", "2026-11", [
      { kind: "sale", sales: 5800, fee: 290, commission: 0 },
    ])
    ids.host = await statement("host", h1.host.id, "YJ-202611-one", "2026-11", [
      { kind: "commission", sales: 7980, fee: 0, commission: 798 },
      { kind: "commission", sales: -2000, fee: 0, commission: -200 },
    ])
    ids.otherHost = await statement("host", h2.host.id, "YJ-202611-two", "2026-11", [
      { kind: "commission", sales: 1000, fee: 0, commission: 80 },
    ])

    // The ledger: A's households in November (China time) with a reversal, two instants on the month's edges,
    // the collective's share and its reversal, a cooperative entry (not anyone's income), and B's one household.
    const base = {
      order_id: "order_x",
      product_id: null,
      variant_id: null,
      cooperative_id: coopA,
      division_code: "231223111204",
      channel: "online" as const,
      category: null,
      live_session_id: null,
      host_id: null,
      quantity_g: 0,
    }
    let n = 0
    const entry = (over: Partial<NewLedgerEntry> & Pick<NewLedgerEntry, "party" | "amount_fen" | "occurred_at">) =>
      ({
        ...base,
        kind: "sale",
        source_event_id: `test-event-${(n += 1)}`,
        line_item_id: `item_${n}`,
        ...over,
      }) as NewLedgerEntry
    const household = (h: { id: string }, benefit_kind: "supply" | "dividend") => ({
      party: "household" as const,
      household_key: h.id,
      household_status: "registered_poor" as const,
      household_persons: 3,
      benefit_kind,
    })
    await getContainer()
      .resolve<ReliefLedgerModuleService>("relief_ledger")
      .appendEntries([
        entry({ ...household(hhA[0]!, "supply"), amount_fen: 3200, occurred_at: "2026-11-03T02:00:00Z" }),
        entry({ ...household(hhA[0]!, "dividend"), amount_fen: 399, occurred_at: "2026-11-03T02:00:00Z" }),
        entry({
          ...household(hhA[0]!, "supply"),
          kind: "refund",
          amount_fen: -500,
          occurred_at: "2026-11-20T02:00:00Z",
        }),
        entry({ ...household(hhA[1]!, "supply"), amount_fen: 1000, occurred_at: "2026-11-10T02:00:00Z" }),
        // 2026-11-01 00:30 in China: November.
        entry({ ...household(hhA[1]!, "supply"), amount_fen: 11, occurred_at: "2026-10-31T16:30:00Z" }),
        // 2026-12-01 01:00 in China: December.
        entry({ ...household(hhA[1]!, "supply"), amount_fen: 10000, occurred_at: "2026-11-30T17:00:00Z" }),
        entry({ ...household(hhA[1]!, "dividend"), amount_fen: 20000, occurred_at: "2026-10-15T02:00:00Z" }),
        entry({ party: "collective", amount_fen: 150, occurred_at: "2026-11-03T02:00:00Z" }),
        entry({ party: "collective", kind: "refund", amount_fen: -30, occurred_at: "2026-11-20T02:00:00Z" }),
        entry({ party: "cooperative", amount_fen: 5000, quantity_g: 5000, occurred_at: "2026-11-03T02:00:00Z" }),
        entry({
          ...household(hhB[0]!, "supply"),
          cooperative_id: coopB,
          amount_fen: 777,
          occurred_at: "2026-11-08T02:00:00Z",
        }),
      ])
  })

  it("lists only the cooperative's own statements, filtered by period and status", async () => {
    const { data } = await api.get(`/cooperative/settlements`, A)
    const list = StatementListSchema.parse(data)
    expect(list.statements.map((s) => s.number)).toEqual(["JS-202612-yuanda", "JS-202611-yuanda"])
    expect(list.count).toBe(2)
    expect(list.statements[1]).toMatchObject({
      status: "paid",
      lines: 3,
      net_fen: 7980 - 399 - 798 + 123456 - 6173 - 2000 + 100 + 200,
    })
    const november = StatementListSchema.parse((await api.get(`/cooperative/settlements?period=2026-11`, A)).data)
    expect(november.statements.map((s) => s.id)).toEqual([ids.aPaid])
    const open = StatementListSchema.parse((await api.get(`/cooperative/settlements?status=open`, A)).data)
    expect(open.statements.map((s) => s.id)).toEqual([ids.aOpen])
    const b = StatementListSchema.parse((await api.get(`/cooperative/settlements`, B)).data)
    expect(b.statements.map((s) => s.id)).toEqual([ids.b])
    const bad = await attempt(api.get(`/cooperative/settlements?cooperative_id=${coopA}`, B))
    expect(bad.status).toBe(400)
  })

  it("answers another cooperative's or a host's statement with 404, as JSON, CSV or PDF", async () => {
    for (const id of [ids.b, ids.host, "stmt_nothing"])
      for (const tail of ["", "/statement.csv", "/statement.pdf"])
        expect({
          id,
          tail,
          status: (await attempt(api.get(`/cooperative/settlements/${id}${tail}`, A))).status,
        }).toEqual({
          id,
          tail,
          status: 404,
        })
    expect((await attempt(api.get(`/cooperative/settlements/${ids.aPaid}`))).status).toBe(401)
  })

  it("gives the statement with its lines, and a CSV whose totals row equals the statement", async () => {
    const detail = StatementDetailSchema.parse((await api.get(`/cooperative/settlements/${ids.aPaid}`, A)).data)
    expect(detail.lines).toHaveLength(3)
    const s = detail.statement
    expect(s).toMatchObject({ party_name: "远达农业种植专业合作社", paid_on: "2026-12-05", fee_bps: 500 })

    const res = await download(A, `/cooperative/settlements/${ids.aPaid}/statement.csv`)
    expect(res.status).toBe(200)
    expect(res.headers["content-type"]).toMatch(/^text\/csv; charset=utf-8/)
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="JS-202611-yuanda.csv"`)
    const rows = parseBomCsv(Buffer.from(res.data))
    const field = (id: string) => rows.find((r) => r[0]?.endsWith(`(${id})`))?.[1]
    expect(field("number")).toBe("JS-202611-yuanda")
    expect(field("status")).toBe("已付款")
    expect(field("bank_reference")).toBe("BOC20261205-0001")
    expect(field("fee_rate")).toBe("5.00%")
    for (const [id, fen] of [
      ["gross_yuan", s.gross_fen],
      ["refunds_yuan", s.refunds_fen],
      ["fee_yuan", s.fee_fen],
      ["commission_yuan", s.commission_fen],
      ["net_yuan", s.net_fen],
    ] as const)
      expect({ id, value: field(id) }).toEqual({ id, value: yuan(fen) })

    const header = rows.findIndex((r) => r[0] === "订单号 (order)")
    const column = (id: string) => rows[header]!.findIndex((h) => h.endsWith(`(${id})`))
    const lines = rows.slice(header + 1, -1)
    const total = rows.at(-1)!
    expect(lines).toHaveLength(3)
    expect(total[0]).toBe("合计")
    expect(total[column("sales_yuan")]).toBe(yuan(s.gross_fen - s.refunds_fen))
    expect(total[column("fee_yuan")]).toBe(field("fee_yuan"))
    expect(total[column("commission_yuan")]).toBe(field("commission_yuan"))
    expect(total[column("net_yuan")]).toBe(field("net_yuan"))
    const sumOf = (id: string) => lines.reduce((sum, l) => sum + Math.round(Number(l[column(id)]) * 100), 0)
    expect(sumOf("net_yuan")).toBe(s.net_fen)

    const en = parseBomCsv(
      Buffer.from((await download(A, `/cooperative/settlements/${ids.aPaid}/statement.csv?lang=en`)).data),
    )
    expect(en[0]).toEqual(["Statement no. (number)", "JS-202611-yuanda"])
    expect((await attempt(api.get(`/cooperative/settlements/${ids.aPaid}/statement.csv?lang=fr`, A))).status).toBe(400)
  })

  it("prints the statement as a PDF with its number and totals, in Chinese or English", async () => {
    const res = await download(A, `/cooperative/settlements/${ids.aPaid}/statement.pdf`)
    expect(res.status).toBe(200)
    expect(res.headers["content-type"]).toBe("application/pdf")
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="JS-202611-yuanda.pdf"`)
    const bytes = Buffer.from(res.data)
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-")
    const text = await pdfText(bytes)
    expect(text).toContain("JS-202611-yuanda")
    expect(text).toContain("合作社结算单")
    expect(text).toContain("应付净额（元）：1,223.66")
    expect(text).toContain("第 1 / 1 页")
    const en = await pdfText(
      Buffer.from((await download(A, `/cooperative/settlements/${ids.aOpen}/statement.pdf?lang=en`)).data),
    )
    expect(en).toContain("Net payable (CNY): 110.20")
    expect(en).toContain("Open")
  })

  it("gives each household's income in the month to the fen, names to the owner only", async () => {
    const answer: HouseholdIncomeAnswer = HouseholdIncomeAnswerSchema.parse(
      (await api.get(`/cooperative/settlements/households?period=2026-11`, A)).data,
    )
    const [first, second] = [...hhA].sort((x, y) => x.code.localeCompare(y.code))
    expect(answer.households).toEqual([
      expect.objectContaining({
        household_id: first!.id,
        code: first!.code,
        name: first!.id === hhA[0]!.id ? NAME_A : null,
      }),
      expect.objectContaining({ household_id: second!.id, code: second!.code }),
    ])
    const of = (id: string) => answer.households.find((h) => h.household_id === id)!
    expect(of(hhA[0]!.id)).toMatchObject({ name: NAME_A, supply_fen: 3200 - 500, dividend_fen: 399, total_fen: 3099 })
    expect(of(hhA[1]!.id)).toMatchObject({ name: null, supply_fen: 1011, dividend_fen: 0, total_fen: 1011 })
    expect(of(hhA[0]!.id).persons).toBeGreaterThan(0)
    expect(answer.households_fen).toBe(3099 + 1011)
    expect(answer.collective_fen).toBe(120)
    expect(JSON.stringify(answer)).not.toContain(NAME_B)
    expect(JSON.stringify(answer)).not.toContain(hhB[0]!.id)

    const december = HouseholdIncomeAnswerSchema.parse(
      (await api.get(`/cooperative/settlements/households?period=2026-12`, A)).data,
    )
    expect(december.households.map((h) => [h.household_id, h.total_fen])).toEqual([[hhA[1]!.id, 10000]])

    const b = HouseholdIncomeAnswerSchema.parse(
      (await api.get(`/cooperative/settlements/households?period=2026-11`, B)).data,
    )
    expect(b.households.map((h) => [h.name, h.total_fen])).toEqual([[NAME_B, 777]])
    expect(b.collective_fen).toBe(0)
  })

  it("never shows a household name on the store's or the official's routes", async () => {
    const store = (
      await api.get(`/store/cooperatives/yuanda`, {
        headers: { "x-publishable-api-key": publishableKey },
      })
    ).data
    expect(JSON.stringify(store)).not.toContain(NAME_A)
    const official = await loginOfficial(api, HEILONGJIANG)
    const { data } = await api.get(
      `/official/relief/summary?from=2026-11-01&to=2026-11-30&group_by=cooperative`,
      official,
    )
    expect(data.totals.household_income_fen).toBeGreaterThan(0)
    expect(JSON.stringify(data)).not.toContain(NAME_A)
  })

  it("prints the 分红表 as a PDF with names, the collective, a signature column and the file name", async () => {
    const res = await download(A, `/cooperative/settlements/households/dividend-sheet.pdf?period=2026-11`)
    expect(res.status).toBe(200)
    expect(res.headers["content-type"]).toBe("application/pdf")
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="dividend-sheet-yuanda-2026-11.pdf"`)
    const text = await pdfText(Buffer.from(res.data))
    for (const expected of [
      "农户收入分红表",
      "2026-11",
      NAME_A,
      "签字",
      "村集体",
      "1.20",
      "30.99",
      "10.11",
      "42.30",
      "兴东村",
    ])
      expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true })
    expect(text).not.toContain(NAME_B)
    const en = await pdfText(
      Buffer.from(
        (await download(A, `/cooperative/settlements/households/dividend-sheet.pdf?period=2026-11&lang=en`)).data,
      ),
    )
    expect(en).toContain("Signature")
  })

  it("refuses a malformed or missing period with a 400 naming period", async () => {
    for (const url of [
      `/cooperative/settlements/households?period=2026-13`,
      `/cooperative/settlements/households?period=202611`,
      `/cooperative/settlements/households`,
      `/cooperative/settlements/households/dividend-sheet.pdf?period=2026-1`,
      `/cooperative/settlements?period=november`,
    ]) {
      const res = await attempt(api.get(url, A))
      expect({ url, status: res.status }).toEqual({ url, status: 400 })
      expect((res.data as { message: string }).message).toContain("period")
    }
  })

  it("gives a host only its own commission statements, and another host's is a 404", async () => {
    const list = StatementListSchema.parse((await api.get(`/host/settlements`, host)).data)
    expect(list.statements.map((s) => s.id)).toEqual([ids.host])
    expect(list.statements[0]).toMatchObject({ party: "host", commission_fen: 598, net_fen: 598, lines: 2 })
    const detail = StatementDetailSchema.parse((await api.get(`/host/settlements/${ids.host}`, host)).data)
    expect(detail.lines.map((l) => l.kind)).toEqual(["commission", "commission"])
    for (const id of [ids.otherHost, ids.aPaid])
      for (const tail of ["", "/statement.csv", "/statement.pdf"])
        expect((await attempt(api.get(`/host/settlements/${id}${tail}`, host))).status).toBe(404)
    const other = StatementListSchema.parse((await api.get(`/host/settlements`, otherHost)).data)
    expect(other.statements.map((s) => s.id)).toEqual([ids.otherHost])

    const rows = parseBomCsv(Buffer.from((await download(host, `/host/settlements/${ids.host}/statement.csv`)).data))
    const field = (id: string) => rows.find((r) => r[0]?.endsWith(`(${id})`))?.[1]
    expect(field("net_yuan")).toBe("5.98")
    expect(field("fee_yuan")).toBeUndefined()
    const header = rows.findIndex((r) => r[0] === "订单号 (order)")
    expect(rows.at(-1)![rows[header]!.findIndex((h) => h.endsWith("(commission_yuan)"))]).toBe("5.98")
    const pdf = await download(host, `/host/settlements/${ids.host}/statement.pdf`)
    expect(pdf.headers["content-type"]).toBe("application/pdf")
    expect(await pdfText(Buffer.from(pdf.data))).toContain("YJ-202611-one")
  })
})
