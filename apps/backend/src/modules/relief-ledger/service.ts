import { MedusaService } from "@medusajs/framework/utils"
import type { LedgerEntry, ReliefReport, ReportQuery } from "@fengshou/relief-core"
import { ReliefLedgerEntry } from "./models/ledger-entry"
import { LedgerReportCache } from "./report-cache"
import { COLUMNS, toLedgerEntry, toRowValues, type LedgerRow, type NewLedgerEntry } from "./rows"

type SqlManager = {
  execute: <T = Record<string, unknown>[]>(sql: string, params?: unknown[]) => Promise<T>
  transactional: <T>(work: (em: SqlManager) => Promise<T>) => Promise<T>
}

const INSERT_BATCH = 500

type AuditRow = LedgerRow & Pick<NewLedgerEntry, "product_id" | "variant_id" | "live_session_id" | "host_id">

export type ReliefLedgerOptions = {
  /** Load the report copy this long after start (servers; a worker never reports, so it leaves this out). */
  warm_reports_after_ms?: number
}

/**
 * The ledger only ever grows: besides the generated reads, this service appends (idempotently, by entry_key) and
 * reads rows back in relief-core's shape. It has no update method; the database refuses UPDATE, TRUNCATE and any DELETE
 * but a compensation's (removeJustAppended).
 */
export default class ReliefLedgerModuleService extends MedusaService({ ReliefLedgerEntry }) {
  private readonly sql: SqlManager
  private readonly reports = new LedgerReportCache()

  constructor(container: { manager: SqlManager }, options?: ReliefLedgerOptions, ...rest: unknown[]) {
    super(container, options, ...rest)
    this.sql = container.manager
    // The first report after a start loads every entry (seconds per million); a server warms the copy up front.
    const after = options?.warm_reports_after_ms
    if (after !== undefined) setTimeout(() => void this.warmReports(), after).unref()
  }

  /** Brings the report copy up to date now; a failure (database not migrated yet) is left for the next report. */
  async warmReports(): Promise<void> {
    await this.reports.refresh((sql, params) => this.sql.execute(sql, params)).catch(() => undefined)
  }

  /**
   * Appends entries in one transaction; an entry whose key is already there is skipped, so a repeated event
   * writes nothing. Returns the ids actually inserted (what a compensation removes).
   */
  async appendEntries(entries: readonly NewLedgerEntry[]): Promise<string[]> {
    if (!entries.length) return []
    return this.sql.transactional(async (em) => {
      const ids: string[] = []
      for (let i = 0; i < entries.length; i += INSERT_BATCH) {
        const batch = entries.slice(i, i + INSERT_BATCH)
        const values = batch.map(() => `(${COLUMNS.map(() => "?").join(", ")})`).join(", ")
        const rows = await em.execute<{ id: string }[]>(
          `insert into relief_ledger_entry (${COLUMNS.join(", ")}) values ${values}
           on conflict (entry_key) where deleted_at is null do nothing returning id`,
          batch.flatMap(toRowValues),
        )
        ids.push(...rows.map((r) => r.id))
      }
      return ids
    })
  }

  /**
   * Compensation only: removes entries this same workflow inserted a moment ago. The database refuses any other
   * delete (migration 20261202133230); this transaction alone says it is a compensation. The delete sets a new
   * relief_ledger_state.generation, so report copies that loaded the rows start over.
   */
  async removeJustAppended(ids: readonly string[]): Promise<void> {
    if (!ids.length) return
    await this.sql.transactional(async (em) => {
      await em.execute(`set local fengshou.ledger_compensation = 'on'`)
      await em.execute(`delete from relief_ledger_entry where id in (${ids.map(() => "?").join(", ")})`, [...ids])
    })
  }

  /** Entries of the given orders, in relief-core's shape plus source event and audit columns (reversals copy them). */
  async listOrderEntries(orderIds: readonly string[]): Promise<(NewLedgerEntry & { household_id: string | null })[]> {
    if (!orderIds.length) return []
    const rows = await this.sql.execute<AuditRow[]>(
      `select * from relief_ledger_entry where deleted_at is null and order_id in (${orderIds.map(() => "?").join(", ")})
       order by occurred_at, id`,
      [...orderIds],
    )
    return rows.map((r) => ({
      ...toLedgerEntry(r),
      source_event_id: r.source_event_id,
      household_id: r.household_id,
      product_id: r.product_id,
      variant_id: r.variant_id,
      live_session_id: r.live_session_id,
      host_id: r.host_id,
    }))
  }

  /**
   * The relief report of PRODUCT.md for a period, region scope and grouping: relief-core's fold over this process's
   * column copy of the ledger, brought up to date first (see report-cache.ts). Throws relief-core's errors for a
   * malformed query before touching the database.
   */
  async summarize(query: ReportQuery): Promise<ReliefReport> {
    return this.reports.summarize((sql, params) => this.sql.execute(sql, params), query)
  }

  /** Entries whose Shanghai day is in [from, to] and whose village code starts with prefix ("" = everywhere). */
  async listReportEntries(scope: { from: string; to: string; prefix: string }): Promise<LedgerEntry[]> {
    const rows = await this.sql.execute<LedgerRow[]>(
      `select order_id, line_item_id, cooperative_id, division_code, channel, category, occurred_at, kind, party,
              household_id, household_status, household_persons, benefit_kind, amount_fen, quantity_g
       from relief_ledger_entry
       where deleted_at is null and occurred_on between ? and ? and division_code like ?`,
      [scope.from, scope.to, `${scope.prefix}%`],
    )
    return rows.map(toLedgerEntry)
  }

  /** Every order id the ledger mentions (reconciliation looks for entries of orders that no longer exist). */
  async listLedgerOrderIds(): Promise<string[]> {
    const rows = await this.sql.execute<{ order_id: string }[]>(
      `select distinct order_id from relief_ledger_entry where deleted_at is null order by order_id`,
    )
    return rows.map((r) => r.order_id)
  }

  /** The source events each of the given orders has entries of (the heal's cheap "anything missing?"). */
  async listOrderSources(orderIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const sources = new Map<string, Set<string>>(orderIds.map((id) => [id, new Set<string>()]))
    if (!orderIds.length) return sources
    const rows = await this.sql.execute<{ order_id: string; source_event_id: string }[]>(
      `select distinct order_id, source_event_id from relief_ledger_entry
       where deleted_at is null and order_id in (${orderIds.map(() => "?").join(", ")})`,
      [...orderIds],
    )
    for (const r of rows) sources.get(r.order_id)?.add(r.source_event_id)
    return sources
  }

  /** Ids of orders that have at least one entry of this source (the writers' and backfill's "already done?"). */
  async hasSource(sourceEventId: string): Promise<boolean> {
    const rows = await this.sql.execute<unknown[]>(
      `select 1 from relief_ledger_entry where source_event_id = ? and deleted_at is null limit 1`,
      [sourceEventId],
    )
    return rows.length > 0
  }
}
