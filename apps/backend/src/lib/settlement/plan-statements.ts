import type { CandidateLine } from "./lines"
import { nextPeriod, periodOf } from "./period"

export type ExistingStatement = {
  id: string
  party: "cooperative" | "host"
  party_id: string
  period: string
  status: "open" | "paid"
}

export type PlannedStatement = {
  id: string
  number: string
  party: "cooperative" | "host"
  party_id: string
  period: string
  gross_fen: number
  refunds_fen: number
  fee_fen: number
  commission_fen: number
  net_fen: number
  fee_bps: number
}
export type PlannedLine = Omit<CandidateLine, "party" | "party_id" | "payable_at"> & {
  id: string
  statement_id: string
  payable_at: Date
}

export type StatementTotals = Pick<
  PlannedStatement,
  "gross_fen" | "refunds_fen" | "fee_fen" | "commission_fen" | "net_fen"
>

/** A statement's totals from its lines: gross Σ positive sales, refunds −Σ negative, net Σ nets. */
export function statementTotals(
  lines: readonly Pick<CandidateLine, "sales_fen" | "fee_fen" | "commission_fen" | "net_fen">[],
): StatementTotals {
  const t = { gross_fen: 0, refunds_fen: 0, fee_fen: 0, commission_fen: 0, net_fen: 0 }
  for (const l of lines) {
    if (l.sales_fen > 0) t.gross_fen += l.sales_fen
    else t.refunds_fen -= l.sales_fen
    t.fee_fen += l.fee_fen
    t.commission_fen += l.commission_fen
    t.net_fen += l.net_fen
  }
  return t
}

/** JS-YYYYMM-<cooperative handle> or YJ-YYYYMM-<host id>. */
export const statementNumber = (party: "cooperative" | "host", period: string, handle: string) =>
  `${party === "cooperative" ? "JS" : "YJ"}-${period.replace("-", "")}-${handle}`

/**
 * The open statements and their lines, from every line payable at `asOf` that no paid statement carries: a line goes
 * to the month (China time) it became payable in, or, if that party's statement for the month is paid, the next
 * month without a paid one. An open statement keeps its id; one left without lines is not planned (it goes).
 */
export function planStatements(input: {
  lines: readonly CandidateLine[]
  as_of: Date
  settled_keys: ReadonlySet<string>
  statements: readonly ExistingStatement[]
  fee_bps: number
  handle: (party: "cooperative" | "host", partyId: string) => string
  new_id: (prefix: "stmt" | "stl") => string
}): { statements: PlannedStatement[]; lines: PlannedLine[] } {
  const byKey = (party: string, partyId: string, period: string) => `${party}\u0000${partyId}\u0000${period}`
  const existing = new Map(input.statements.map((s) => [byKey(s.party, s.party_id, s.period), s]))
  const grouped = new Map<
    string,
    { party: "cooperative" | "host"; party_id: string; period: string; lines: PlannedLine[] }
  >()
  for (const line of input.lines) {
    if (!line.payable_at || line.payable_at.getTime() > input.as_of.getTime()) continue
    if (input.settled_keys.has(line.line_key)) continue
    let period = periodOf(line.payable_at)
    while (existing.get(byKey(line.party, line.party_id, period))?.status === "paid") period = nextPeriod(period)
    const key = byKey(line.party, line.party_id, period)
    const group = grouped.get(key) ?? { party: line.party, party_id: line.party_id, period, lines: [] }
    grouped.set(key, group)
    const { party: _party, party_id: _partyId, ...rest } = line
    group.lines.push({ ...rest, payable_at: line.payable_at, id: input.new_id("stl"), statement_id: "" })
  }
  const statements: PlannedStatement[] = []
  const lines: PlannedLine[] = []
  for (const [key, g] of [...grouped].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const id = existing.get(key)?.id ?? input.new_id("stmt")
    statements.push({
      id,
      number: statementNumber(g.party, g.period, input.handle(g.party, g.party_id)),
      party: g.party,
      party_id: g.party_id,
      period: g.period,
      fee_bps: input.fee_bps,
      ...statementTotals(g.lines),
    })
    lines.push(...g.lines.map((l) => ({ ...l, statement_id: id })))
  }
  return { statements, lines }
}
