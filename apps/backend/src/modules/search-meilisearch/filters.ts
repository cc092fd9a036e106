import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

type Value = SearchTypes.SearchFilterValue
const OPERATORS = new Set([
  "$eq",
  "$ne",
  "$in",
  "$nin",
  "$lt",
  "$lte",
  "$gt",
  "$gte",
  "$exists",
  "$contains",
  "$overlaps",
])

const fail = (message: string): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `search-meilisearch: ${message}`)
}

/** A value in Meilisearch's filter syntax: strings quoted and escaped, dates as epoch milliseconds. */
export function literal(value: Value): string {
  if (value === null) return "NULL"
  if (value instanceof Date) return String(value.getTime())
  if (typeof value === "string") return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
  return String(value)
}

const list = (values: Value[]) => `[${values.map(literal).join(", ")}]`

function fieldFilter(field: string, condition: unknown): string[] {
  if (condition === null || typeof condition !== "object" || condition instanceof Date || Array.isArray(condition)) {
    return [
      Array.isArray(condition)
        ? `${field} IN ${list(condition as Value[])}`
        : `${field} = ${literal(condition as Value)}`,
    ]
  }
  return Object.entries(condition as Record<string, unknown>).map(([op, v]) => {
    if (!OPERATORS.has(op)) fail(`the operator ${op} has no Meilisearch filter (on "${field}")`)
    switch (op) {
      case "$eq":
        return `${field} = ${literal(v as Value)}`
      case "$ne":
        return `${field} != ${literal(v as Value)}`
      case "$in":
      case "$overlaps":
        return `${field} IN ${list(v as Value[])}`
      case "$nin":
        return `${field} NOT IN ${list(v as Value[])}`
      case "$lt":
        return `${field} < ${literal(v as Value)}`
      case "$lte":
        return `${field} <= ${literal(v as Value)}`
      case "$gt":
        return `${field} > ${literal(v as Value)}`
      case "$gte":
        return `${field} >= ${literal(v as Value)}`
      case "$exists":
        return v ? `${field} EXISTS` : `${field} NOT EXISTS`
      default:
        return (Array.isArray(v) ? v : [v]).map((x) => `${field} = ${literal(x as Value)}`).join(" AND ") // $contains
    }
  })
}

/** Compiles the Search Module's filter tree to a Meilisearch filter expression ('' when there is nothing to filter). */
export function toMeiliFilter(filters: SearchTypes.SearchFilters | undefined): string {
  if (!filters) return ""
  const parts: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || key === "q") continue
    if (key === "$and" || key === "$or") {
      const branches = (value as SearchTypes.SearchFilters[]).map(toMeiliFilter).filter(Boolean)
      if (branches.length) parts.push(`(${branches.map((b) => `(${b})`).join(key === "$and" ? " AND " : " OR ")})`)
    } else if (key === "$not") {
      const inner = toMeiliFilter(value as SearchTypes.SearchFilters)
      if (inner) parts.push(`NOT (${inner})`)
    } else {
      parts.push(...fieldFilter(key, value))
    }
  }
  return parts.join(" AND ")
}
