import type { Statement, StatementDetail, StatementLine } from "@fengshou/store-contract"
import { chinaMinute, percent, yuan } from "./format"
import { DOCUMENT_TEXT, type DocumentLang } from "./text"

/** Fen → printed yuan: plain in CSV, grouped in print. */
type Money = (fen: number) => string

/** One printed field or cell: its stable id (CSV headers carry it), its label, its text, whether it is an amount. */
export type Field = { id: string; label: string; value: string; amount: boolean }

/**
 * The statement's heading: number, party, period, status (paid on and bank reference once paid), then its totals
 * (a cooperative's gross, refunds, fee with its rate, commission, net; a host's commission and net).
 */
export function statementFields(s: Statement, lang: DocumentLang, money: Money = yuan): Field[] {
  const t = DOCUMENT_TEXT[lang]
  const text = (id: string, label: string, value: string) => ({ id, label, value, amount: false })
  const amount = (id: string, label: string, fen: number) => ({
    id,
    label: label + t.yuan,
    value: money(fen),
    amount: true,
  })
  const fields: Field[] = [
    text("number", t.fields.number, s.number),
    text("party_name", t.party[s.party], s.party_name),
    text("period", t.fields.period, s.period),
    text("status", t.fields.status, t.status[s.status]),
  ]
  if (s.status === "paid") {
    fields.push(text("paid_on", t.fields.paid_on, s.paid_on ?? ""))
    fields.push(text("bank_reference", t.fields.bank_reference, s.bank_reference ?? ""))
  }
  if (s.party === "cooperative") {
    fields.push(
      amount("gross_yuan", t.fields.gross, s.gross_fen),
      amount("refunds_yuan", t.fields.refunds, s.refunds_fen),
      amount("fee_yuan", t.fields.fee, s.fee_fen),
      text("fee_rate", t.fields.fee_rate, percent(s.fee_bps)),
    )
  }
  fields.push(
    amount("commission_yuan", t.fields.commission, s.commission_fen),
    amount("net_yuan", t.fields.net, s.net_fen),
  )
  return fields
}

type Column = { id: string; title: string; amount: boolean; value: (l: StatementLine) => string }

/** The line table's columns: order number, product, kind, occurred, payable, then the four signed amounts. */
export function lineColumns(lang: DocumentLang, money: Money = yuan): Column[] {
  const t = DOCUMENT_TEXT[lang]
  const c = t.columns
  return [
    { id: "order", title: c.order, amount: false, value: (l) => `#${l.order_display_id}` },
    { id: "title", title: c.title, amount: false, value: (l) => l.title ?? "" },
    { id: "kind", title: c.kind, amount: false, value: (l) => t.kind[l.kind] },
    { id: "occurred_at", title: c.occurred_at, amount: false, value: (l) => chinaMinute(l.occurred_at) },
    { id: "payable_at", title: c.payable_at, amount: false, value: (l) => chinaMinute(l.payable_at) },
    { id: "sales_yuan", title: c.sales + t.yuan, amount: true, value: (l) => money(l.sales_fen) },
    { id: "fee_yuan", title: c.fee + t.yuan, amount: true, value: (l) => money(l.fee_fen) },
    { id: "commission_yuan", title: c.commission + t.yuan, amount: true, value: (l) => money(l.commission_fen) },
    { id: "net_yuan", title: c.net + t.yuan, amount: true, value: (l) => money(l.net_fen) },
  ]
}

/**
 * The totals row under the lines: the sum of the lines above it, column by column. For a consistent statement it
 * equals the heading (sales = gross − refunds; fee, commission, net); reconciliation reports a statement where not.
 */
export function totalsRow(lines: readonly StatementLine[], lang: DocumentLang, money: Money = yuan): string[] {
  const sum = (pick: (l: StatementLine) => number) => money(lines.reduce((s, l) => s + pick(l), 0))
  return [
    DOCUMENT_TEXT[lang].total,
    "",
    "",
    "",
    "",
    sum((l) => l.sales_fen),
    sum((l) => l.fee_fen),
    sum((l) => l.commission_fen),
    sum((l) => l.net_fen),
  ]
}

/** Lines in the order they happened (then by id, so the order is stable). */
export function sortedLines(detail: StatementDetail): StatementLine[] {
  return [...detail.lines].sort((a, b) => a.occurred_at.localeCompare(b.occurred_at) || a.id.localeCompare(b.id))
}

/** The download's file name: the statement number, which is ASCII by construction, plus the extension. */
export function statementFileName(s: Statement, ext: "csv" | "pdf"): string {
  return `${s.number.replace(/[^A-Za-z0-9._-]/g, "_")}.${ext}`
}
