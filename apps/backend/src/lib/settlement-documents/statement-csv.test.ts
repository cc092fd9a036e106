import { DETAIL } from "./test-fixtures"
import { statementToCsv } from "./statement-csv"

/** Minimal RFC 4180 reading: quoted cells with doubled quotes, CRLF rows. */
function parse(csv: Buffer): string[][] {
  const text = csv.toString("utf8")
  expect(text.startsWith("\uFEFF")).toBe(true)
  return text
    .slice(1)
    .trimEnd()
    .split("\r\n")
    .map((row) =>
      [...row.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
        .slice(0, -1)
        .map((m) => m[1]!.replace(/^"|"$/g, "").replace(/""/g, '"')),
    )
}

describe("statementToCsv", () => {
  const rows = parse(statementToCsv(DETAIL, "zh"))
  const field = (id: string) => rows.find((r) => r[0]?.endsWith(`(${id})`))?.[1]
  const header = rows.findIndex((r) => r[0] === "订单号 (order)")
  const column = (id: string) => rows[header]!.findIndex((h) => h.endsWith(`(${id})`))

  it("heads with number, party, period, status, payment and the totals in yuan", () => {
    expect(field("number")).toBe("JS-202612-yuanda")
    expect(field("party_name")).toBe("兴东村种植专业合作社")
    expect(field("status")).toBe("已付款")
    expect(field("paid_on")).toBe("2027-01-05")
    expect(field("bank_reference")).toBe("BOC20270105-001")
    expect(field("gross_yuan")).toBe("1314.36")
    expect(field("refunds_yuan")).toBe("20.00")
    expect(field("fee_yuan")).toBe("64.72")
    expect(field("fee_rate")).toBe("5.00%")
    expect(field("commission_yuan")).toBe("123.46")
    expect(field("net_yuan")).toBe("1106.18")
  })

  it("lists every line in time order and ends with a totals row equal to the heading", () => {
    const lines = rows.slice(header + 1)
    expect(lines.map((l) => l[column("kind")])).toEqual(["销售", "销售", "退款", ""])
    expect(lines.at(-1)![0]).toBe("合计")
    expect(lines[0]![column("occurred_at")]).toBe("2026-12-02 11:00")
    const total = lines.at(-1)!
    expect(total[column("sales_yuan")]).toBe("1294.36") // gross − refunds
    expect(total[column("fee_yuan")]).toBe(field("fee_yuan"))
    expect(total[column("commission_yuan")]).toBe(field("commission_yuan"))
    expect(total[column("net_yuan")]).toBe(field("net_yuan"))
  })

  it("guards a title a spreadsheet would run as a formula, and leaves negative amounts numbers", () => {
    const titles = rows.slice(header + 1).map((l) => l[column("title")])
    expect(titles).toContain(`'=HYPERLINK("x")`)
    expect(rows.slice(header + 1).map((l) => l[column("sales_yuan")])).toContain("-20.00")
  })

  it("prints English labels on lang=en and leaves payment out while open", () => {
    const open = {
      ...DETAIL,
      statement: { ...DETAIL.statement, status: "open" as const, paid_on: null, bank_reference: null },
    }
    const en = parse(statementToCsv(open, "en"))
    expect(en[0]).toEqual(["Statement no. (number)", "JS-202612-yuanda"])
    expect(en.some((r) => r[0]?.endsWith("(paid_on)"))).toBe(false)
    expect(en.at(-1)![0]).toBe("Total")
  })
})
