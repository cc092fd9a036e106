import {
  childPrefixLength,
  compareReportKeys,
  divideRounded,
  toScopePrefix,
  validateReportQuery,
  type ReliefReport,
  type ReportFigures,
  type ReportQuery,
  type ReportRow,
} from "@fengshou/relief-core"

type Execute = <T>(sql: string, params?: unknown[]) => Promise<T>
type FigureRow = {
  k: string | null
  sales: string | number
  refunds: string | number
  quantity: string | number
  income: string | number
  orders: string | number | null
  cooperatives: string | number | null
  households: string | number | null
  persons: string | number | null
}

const BENEFITED = `household_status in ('registered_poor', 'monitored')`

/** The grouping column as SQL; the totals use one constant group. */
function keyExpression(groupBy: ReportQuery["group_by"] | "total", prefixLength: number): string {
  switch (groupBy) {
    case "region":
      return `substr(division_code, 1, ${childPrefixLength(prefixLength)})`
    case "cooperative":
      return "cooperative_id"
    case "channel":
      return "channel"
    case "category":
      return "category"
    case "month":
      return "substr(occurred_on, 1, 7)"
    case "total":
      return "'*'"
  }
}

/**
 * The same figures as relief-core's foldReport, computed in PostgreSQL so a report never loads the entries: additive
 * sums per group, distinct orders / cooperatives / benefited households whose net in the group is positive, and
 * each household weighed by its size at its latest entry in the scope (ties: the larger). The ledger's HTTP tests
 * check it against foldReport on the same entries.
 */
function figuresSql(key: string): string {
  return `
  with scoped as (
    select ${key} as k, order_id, cooperative_id, party, kind, household_id, household_status, amount_fen, quantity_g,
           case when party = 'household' then first_value(household_persons) over (
             partition by household_id order by occurred_at desc, household_persons desc) end as persons
    from relief_ledger_entry
    where deleted_at is null and occurred_on between ? and ? and division_code like ?
  ),
  additive as (
    select k, sum(amount_fen) as sales,
           sum(case when kind <> 'sale' then -amount_fen else 0 end) as refunds,
           sum(case when party = 'cooperative' then quantity_g else 0 end) as quantity,
           sum(case when party = 'household' and ${BENEFITED} then amount_fen else 0 end) as income
    from scoped group by k
  ),
  orders as (
    select k, count(*) as n from (select k from scoped group by k, order_id having sum(amount_fen) > 0) o group by k
  ),
  cooperatives as (
    select k, count(*) as n from (select k from scoped group by k, cooperative_id having sum(amount_fen) > 0) c group by k
  ),
  households as (
    select k, count(*) as n, sum(persons) as persons
    from (select k, max(persons) as persons from scoped where party = 'household' and ${BENEFITED}
          group by k, household_id having sum(amount_fen) > 0) h
    group by k
  )
  select a.k, a.sales, a.refunds, a.quantity, a.income, o.n as orders, c.n as cooperatives,
         h.n as households, h.persons
  from additive a
  left join orders o on o.k is not distinct from a.k
  left join cooperatives c on c.k is not distinct from a.k
  left join households h on h.k is not distinct from a.k`
}

function toFigures(row: FigureRow | undefined): ReportFigures {
  const n = (v: string | number | null | undefined) => Number(v ?? 0)
  const income = n(row?.income)
  const households = n(row?.households)
  const persons = n(row?.persons)
  return {
    orders: n(row?.orders),
    sales_fen: n(row?.sales),
    refunds_fen: n(row?.refunds),
    quantity_g: n(row?.quantity),
    cooperatives: n(row?.cooperatives),
    households_benefited: households,
    persons_benefited: persons,
    household_income_fen: income,
    avg_income_per_household_fen: divideRounded(income, households),
    avg_income_per_person_fen: divideRounded(income, persons),
  }
}

/** A relief report over the ledger table; throws relief-core's errors for a malformed query. */
export async function summarizeLedger(execute: Execute, query: ReportQuery): Promise<ReliefReport> {
  const { from, to, group_by } = validateReportQuery(query)
  const prefix = query.region === undefined ? "" : toScopePrefix(query.region)
  const params = [from, to, `${prefix}%`]
  const [rows, totals] = await Promise.all([
    execute<FigureRow[]>(figuresSql(keyExpression(group_by, prefix.length)), params),
    execute<FigureRow[]>(figuresSql(keyExpression("total", prefix.length)), params),
  ])
  const sorted: ReportRow[] = rows
    .map((row) => ({ key: row.k, ...toFigures(row) }))
    .sort((a, b) => compareReportKeys(a.key, b.key))
  return { group_by, rows: sorted, totals: toFigures(totals[0]) }
}
