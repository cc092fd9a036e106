import {
  LedgerColumns,
  toScopePrefix,
  validateReportQuery,
  type ReliefReport,
  type ReportQuery,
} from "@fengshou/relief-core"
import { toLedgerEntry, type LedgerRow } from "./rows"

type Execute = <T>(sql: string, params?: unknown[]) => Promise<T>
type CachedRow = LedgerRow & { seq: number; created_at: Date | string }

const BATCH = 50_000
/** A missing seq older than this is a rolled-back insert, not a transaction still to commit. */
const SETTLE_MS = 60_000
const COLUMNS = `seq, created_at, order_id, line_item_id, cooperative_id, division_code, channel, category, occurred_at,
  kind, party, household_id, household_status, household_persons, benefit_kind, amount_fen, quantity_g`

/**
 * Reports folded from an in-memory, column-by-column copy of the ledger (relief-core's LedgerColumns), so a summary
 * over a million entries takes milliseconds instead of a scan. Because the ledger only grows, bringing the copy up
 * to date means loading the rows after the last `seq` it holds. Sequence values of concurrent transactions can
 * commit out of order, so rows above the last contiguous seq are remembered and re-read until the gap below them
 * is filled or is old enough to be a rollback. A delete (the database lets only a workflow compensation remove rows)
 * sets a new relief_ledger_state.generation, and the copy starts over (TRUNCATE is refused); so does a database or
 * ledger table that is not the one the copy was loaded from.
 */
export class LedgerReportCache {
  private columns = new LedgerColumns()
  private watermark = 0
  private readonly above = new Set<number>()
  private generation: string | null = null
  private queue: Promise<void> = Promise.resolve()

  async summarize(execute: Execute, query: ReportQuery): Promise<ReliefReport> {
    validateReportQuery(query)
    if (query.region !== undefined) toScopePrefix(query.region)
    await this.refresh(execute)
    return this.columns.fold(query)
  }

  /** One refresh at a time; a failed one leaves the copy as it was for the next to retry. */
  refresh(execute: Execute): Promise<void> {
    const run = this.queue.then(() => this.load(execute))
    this.queue = run.catch(() => undefined)
    return run
  }

  private async load(execute: Execute): Promise<void> {
    // The database's and the table's oids name this copy of the ledger: a database made again from a copy (a restored
    // backup, a test's restore) has the same generation and reuses the seqs, so neither alone can tell.
    const [state] = await execute<{ generation: string | null; max_seq: number | null; copy: string }[]>(
      `select (select generation from relief_ledger_state where id = 1) as generation,
        (select max(seq) from relief_ledger_entry where deleted_at is null) as max_seq,
        (select oid from pg_database where datname = current_database()) || ':' || 'relief_ledger_entry'::regclass::oid as copy`,
    )
    const generation = `${state?.copy}:${state?.generation ?? "none"}`
    // A table emptied with triggers off (as test runners do) shows as a max seq below what the copy holds.
    if (generation !== this.generation || Number(state?.max_seq ?? 0) < this.watermark) {
      this.columns = new LedgerColumns()
      this.watermark = 0
      this.above.clear()
      this.generation = generation
    }
    for (;;) {
      const rows = await execute<CachedRow[]>(
        `select ${COLUMNS} from relief_ledger_entry where seq > ? and deleted_at is null order by seq limit ${BATCH}`,
        [this.watermark],
      )
      this.take(rows)
      const moved = this.advanced(rows)
      if (rows.length < BATCH || !moved) return
    }
  }

  private take(rows: readonly CachedRow[]): void {
    for (const row of rows) {
      const seq = Number(row.seq)
      if (this.above.has(seq)) continue
      this.columns.append(toLedgerEntry(row))
      this.above.add(seq)
    }
  }

  /** Moves the watermark over contiguous or settled seqs; true when it moved past the whole batch. */
  private advanced(rows: readonly CachedRow[]): boolean {
    const now = Date.now()
    for (const row of rows) {
      const seq = Number(row.seq)
      if (seq <= this.watermark) continue
      if (seq !== this.watermark + 1 && now - new Date(row.created_at).getTime() < SETTLE_MS) return false
      this.watermark = seq
      this.above.delete(seq)
    }
    return true
  }
}
