import type { MedusaContainer } from "@medusajs/framework/types"
import type { Statement, StatementLine, SettlementParty } from "@fengshou/store-contract"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { LIVESTREAM_MODULE } from "../../modules/livestream"
import type LivestreamModuleService from "../../modules/livestream/service"

type Stamp = Date | string
export type StatementRow = {
  id: string
  number: string
  party: SettlementParty
  party_id: string
  period: string
  status: "open" | "paid"
  gross_fen: number
  refunds_fen: number
  fee_fen: number
  commission_fen: number
  net_fen: number
  fee_bps: number
  paid_on: string | null
  bank_reference: string | null
  updated_at: Stamp
}
export type LineRow = Omit<StatementLine, "occurred_at" | "payable_at" | "ledger_entry_ids"> & {
  occurred_at: Stamp
  payable_at: Stamp
  ledger_entry_ids: unknown
}

const iso = (d: Stamp) => new Date(d).toISOString()

/** The display names of the statements' parties: a cooperative's name_zh, a host's name. */
export async function partyNames(container: MedusaContainer, rows: readonly StatementRow[]) {
  const ids = (party: SettlementParty) => [...new Set(rows.filter((r) => r.party === party).map((r) => r.party_id))]
  const names = new Map<string, string>()
  const coops = ids("cooperative")
  if (coops.length) {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const found = await service.listCooperatives({ id: coops }, { select: ["id", "name_zh"], take: null })
    for (const c of found) names.set(`cooperative:${c.id}`, c.name_zh)
  }
  const hosts = ids("host")
  if (hosts.length) {
    const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const found = await live.listHosts({ id: hosts }, { select: ["id", "name"], take: null })
    for (const h of found) names.set(`host:${h.id}`, h.name)
  }
  return (row: StatementRow) => names.get(`${row.party}:${row.party_id}`) ?? row.party_id
}

export function toStatement(row: StatementRow, name: string, lines: number): Statement {
  return {
    id: row.id,
    number: row.number,
    party: row.party,
    party_id: row.party_id,
    party_name: name,
    period: row.period,
    status: row.status,
    gross_fen: row.gross_fen,
    refunds_fen: row.refunds_fen,
    fee_fen: row.fee_fen,
    commission_fen: row.commission_fen,
    net_fen: row.net_fen,
    fee_bps: row.fee_bps,
    lines,
    paid_on: row.paid_on,
    bank_reference: row.bank_reference,
    updated_at: iso(row.updated_at),
  }
}

export function toLine(row: LineRow): StatementLine {
  return {
    id: row.id,
    kind: row.kind,
    order_id: row.order_id,
    order_display_id: row.order_display_id,
    line_item_id: row.line_item_id,
    title: row.title,
    occurred_at: iso(row.occurred_at),
    payable_at: iso(row.payable_at),
    sales_fen: row.sales_fen,
    fee_fen: row.fee_fen,
    commission_fen: row.commission_fen,
    net_fen: row.net_fen,
    ledger_entry_ids: Array.isArray(row.ledger_entry_ids) ? row.ledger_entry_ids.map(String) : [],
  }
}
