import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { PlannedStatement } from "../../lib/settlement/plan-statements"
import { SettlementLine } from "./models/settlement-line"
import { SettlementStatement } from "./models/settlement-statement"

type SqlManager = {
  execute: <T = Record<string, unknown>[]>(sql: string, params?: unknown[]) => Promise<T>
  transactional: <T>(work: (em: SqlManager) => Promise<T>) => Promise<T>
}

/** An open statement as the generate workflow writes it (id kept across regenerations of the same month). */
export type OpenStatementRow = PlannedStatement
export type LineRowInput = {
  id: string
  statement_id: string
  line_key: string
  kind: "sale" | "refund" | "cancel" | "commission"
  order_id: string
  order_display_id: number
  line_item_id: string | null
  title: string | null
  occurred_at: Date
  payable_at: Date
  sales_fen: number
  fee_fen: number
  commission_fen: number
  net_fen: number
  ledger_entry_ids: string[]
}
export type OpenSet = { statements: OpenStatementRow[]; lines: LineRowInput[] }

const STATEMENT_COLUMNS = [
  "id",
  "number",
  "party",
  "party_id",
  "period",
  "gross_fen",
  "refunds_fen",
  "fee_fen",
  "commission_fen",
  "net_fen",
  "fee_bps",
] as const
const LINE_COLUMNS = [
  "id",
  "statement_id",
  "line_key",
  "kind",
  "order_id",
  "order_display_id",
  "line_item_id",
  "title",
  "occurred_at",
  "payable_at",
  "sales_fen",
  "fee_fen",
  "commission_fen",
  "net_fen",
  "ledger_entry_ids",
] as const
const BATCH = 300
const marks = (n: number) => `(${Array.from({ length: n }, () => "?").join(", ")})`

/** Generated CRUD plus the few writes that must be one transaction; computing statements is a workflow. */
export default class SettlementModuleService extends MedusaService({ SettlementStatement, SettlementLine }) {
  private readonly sql: SqlManager

  constructor(container: { manager: SqlManager }, ...rest: unknown[]) {
    super(container, ...rest)
    this.sql = container.manager
  }

  /** How many lines each statement has. */
  async countLinesByStatement(ids: readonly string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map()
    const rows = await this.sql.execute<{ statement_id: string; n: string | number }[]>(
      `select statement_id, count(*) as n from settlement_line where deleted_at is null
       and statement_id in ${marks(ids.length)} group by statement_id`,
      [...ids],
    )
    return new Map(rows.map((r) => [r.statement_id, Number(r.n)]))
  }

  /** The keys of every line on a paid statement: those are settled for good and never planned again. */
  async listPaidLineKeys(): Promise<Set<string>> {
    const rows = await this.sql.execute<{ line_key: string }[]>(
      `select l.line_key from settlement_line l join settlement_statement s on s.id = l.statement_id
       where s.status = 'paid' and l.deleted_at is null and s.deleted_at is null`,
    )
    return new Set(rows.map((r) => r.line_key))
  }

  /** Every open statement with its lines, as setOpenStatements takes them (what a compensation puts back). */
  async readOpenSet(): Promise<OpenSet> {
    return this.readOpenSetWith(this.sql)
  }

  /**
   * Replaces every open statement and its lines with `next`, in one transaction: open statements not in `next` go,
   * the others are upserted (same id), and their lines rewritten. Paid statements are never touched: a `next`
   * statement whose id or (party, party_id, period) is a paid one's is refused. Returns what was there before.
   */
  async setOpenStatements(next: OpenSet): Promise<OpenSet> {
    return this.sql.transactional(async (em) => {
      // One writer at a time, whatever the caller's lock: a second run waits here and then sees the first's rows.
      await em.execute(`select pg_advisory_xact_lock(hashtext('settlement_statements'))`)
      const before = await this.readOpenSetWith(em)
      await em.execute(
        `delete from settlement_line where statement_id in
         (select id from settlement_statement where status = 'open' and deleted_at is null)`,
      )
      const keep = next.statements.map((s) => s.id)
      await em.execute(
        `delete from settlement_statement where status = 'open' and deleted_at is null` +
          (keep.length ? ` and id not in ${marks(keep.length)}` : ""),
        keep,
      )
      for (const s of next.statements) {
        const rows = await em.execute<{ id: string }[]>(
          `insert into settlement_statement (${STATEMENT_COLUMNS.join(", ")}) values ${marks(STATEMENT_COLUMNS.length)}
           on conflict (id) do update set ${STATEMENT_COLUMNS.slice(1)
             .map((c) => `${c} = excluded.${c}`)
             .join(", ")}, updated_at = now()
           where settlement_statement.status = 'open' returning id`,
          STATEMENT_COLUMNS.map((c) => s[c]),
        )
        if (!rows.length)
          throw new MedusaError(MedusaError.Types.CONFLICT, `statement ${s.number} was paid: it cannot be rewritten`)
      }
      for (let i = 0; i < next.lines.length; i += BATCH) {
        const batch = next.lines.slice(i, i + BATCH)
        await em.execute(
          `insert into settlement_line (${LINE_COLUMNS.join(", ")}) values ${batch.map(() => marks(LINE_COLUMNS.length)).join(", ")}`,
          batch.flatMap((l) =>
            LINE_COLUMNS.map((c) => (c === "ledger_entry_ids" ? JSON.stringify(l.ledger_entry_ids) : l[c])),
          ),
        )
      }
      return before
    })
  }

  /**
   * open → paid, once. Returns null when the statement does not exist; throws a CONFLICT naming when it was paid if
   * it already was.
   */
  async markPaid(
    id: string,
    paid: { paid_on: string; bank_reference: string; paid_by: string | null; paid_at: Date },
  ): Promise<{ id: string } | null> {
    return this.sql.transactional(async (em) => {
      const [row] = await em.execute<{ id: string; number: string; status: string; paid_on: string | null }[]>(
        `select id, number, status, paid_on from settlement_statement where id = ? and deleted_at is null for update`,
        [id],
      )
      if (!row) return null
      if (row.status === "paid")
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `statement ${row.number} was already paid on ${row.paid_on}: a paid statement never changes`,
        )
      await em.execute(
        `update settlement_statement set status = 'paid', paid_on = ?, bank_reference = ?, paid_by = ?, paid_at = ?,
         updated_at = now() where id = ?`,
        [paid.paid_on, paid.bank_reference, paid.paid_by, paid.paid_at, id],
      )
      return { id }
    })
  }

  /** Compensation only: reopens a statement the same workflow marked paid a moment ago. */
  async reopenJustPaid(id: string): Promise<void> {
    await this.sql.transactional(async (em) => {
      await em.execute(`set local fengshou.settlement_compensation = 'on'`)
      await em.execute(
        `update settlement_statement set status = 'open', paid_on = null, bank_reference = null, paid_by = null,
         paid_at = null, updated_at = now() where id = ?`,
        [id],
      )
    })
  }

  private async readOpenSetWith(em: SqlManager): Promise<OpenSet> {
    const statements = await em.execute<OpenStatementRow[]>(
      `select ${STATEMENT_COLUMNS.join(", ")} from settlement_statement where status = 'open' and deleted_at is null`,
    )
    const lines = await em.execute<(LineRowInput & { ledger_entry_ids: unknown })[]>(
      `select l.${LINE_COLUMNS.join(", l.")} from settlement_line l join settlement_statement s on s.id = l.statement_id
       where s.status = 'open' and l.deleted_at is null and s.deleted_at is null`,
    )
    return { statements, lines: lines.map((l) => ({ ...l, ledger_entry_ids: (l.ledger_entry_ids ?? []) as string[] })) }
  }
}
