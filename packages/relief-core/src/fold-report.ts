import { childPrefixLength, toScopePrefix } from "./division-code"
import { describeValue, ReliefCoreError } from "./errors"
import type { LedgerEntry } from "./ledger-entry"
import { FiguresAccumulator, HouseholdFacts, type ReportFigures } from "./report-figures"
import { assertIsoDate, shanghaiDate } from "./shanghai-time"
import { validateLedgerEntry } from "./validate-ledger-entry"

export const REPORT_GROUPINGS = ["region", "cooperative", "channel", "category", "month"] as const
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number]

export interface ReportQuery {
  /** First day, YYYY-MM-DD, inclusive, as a calendar day in Asia/Shanghai. */
  readonly from: string
  /** Last day, YYYY-MM-DD, inclusive, as a calendar day in Asia/Shanghai. */
  readonly to: string
  /** Division code or prefix (2/4/6/9/12 digits); absent means the whole country. */
  readonly region?: string
  readonly group_by: ReportGrouping
}

export interface ReportRow extends ReportFigures {
  /** Region prefix, cooperative id, channel, category (null = uncategorised) or month YYYY-MM. */
  readonly key: string | null
}

export interface ReliefReport {
  readonly group_by: ReportGrouping
  /** Sorted by key; the null category comes last. */
  readonly rows: readonly ReportRow[]
  readonly totals: ReportFigures
}

/**
 * Folds ledger entries into a relief report. Each entry counts in the period of its own occurred_at: a refund in
 * March lowers March, not the month of the sale, so a published month never changes afterwards and a row can show
 * negative sales. Region grouping is one level below the scope (nation -> province 2 -> 4 -> 6 -> 9 -> 12, and a
 * village scope stays at 12).
 */
export function foldReport(entries: readonly LedgerEntry[], query: ReportQuery): ReliefReport {
  const { from, to, group_by } = validateReportQuery(query)
  const prefix = query.region === undefined ? "" : toScopePrefix(query.region)
  const regionLength = childPrefixLength(prefix.length)

  const totals = new FiguresAccumulator()
  const facts = new HouseholdFacts()
  const rows = new Map<string | null, FiguresAccumulator>()
  entries.forEach((entry, index) => {
    validateLedgerEntry(entry, index)
    const day = shanghaiDate(entry.occurred_at)
    if (day < from || day > to || !entry.division_code.startsWith(prefix)) return
    const key = groupKey(entry, group_by, day, regionLength)
    const row = rows.get(key) ?? new FiguresAccumulator()
    rows.set(key, row)
    row.add(entry)
    totals.add(entry)
    facts.add(entry, new Date(entry.occurred_at).getTime())
  })

  const keys = [...rows.keys()].sort(compareKeys)
  return {
    group_by,
    rows: keys.map((key) => ({ key, ...(rows.get(key) ?? new FiguresAccumulator()).figures(facts) })),
    totals: totals.figures(facts),
  }
}

function groupKey(entry: LedgerEntry, groupBy: ReportGrouping, day: string, regionLength: number): string | null {
  switch (groupBy) {
    case "region":
      return entry.division_code.slice(0, regionLength)
    case "cooperative":
      return entry.cooperative_id
    case "channel":
      return entry.channel
    case "category":
      return entry.category
    case "month":
      return day.slice(0, 7)
  }
}

export function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}

/** Throws a ReliefCoreError saying what to fix when a date, the order of the dates or the grouping is wrong. */
export function validateReportQuery(query: ReportQuery): ReportQuery {
  assertIsoDate(query.from, "from")
  assertIsoDate(query.to, "to")
  if (query.from > query.to) {
    throw new ReliefCoreError("invalid_report_query", `from (${query.from}) must not be after to (${query.to})`)
  }
  if (!(REPORT_GROUPINGS as readonly string[]).includes(query.group_by)) {
    throw new ReliefCoreError(
      "invalid_report_query",
      `group_by must be one of ${REPORT_GROUPINGS.join(", ")}, got ${describeValue(query.group_by)}`,
    )
  }
  return query
}
