import { createHash } from "node:crypto"

/** A report's figures flattened to integers by name (nested figures as `by_status.monitored.persons_benefited`). */
export type FlatFigures = Record<string, number>
/** What a verification record keeps of a report: aggregates only, the totals and each row's figures by key. */
export type IssuedFigures = { totals: FlatFigures; rows: { key: string | null; figures: FlatFigures }[] }
export type FigureDifference = { figure: string; row_key: string | null; issued: number; now: number }

type ReportLike = { totals: object; rows: readonly (object & { key: string | null })[] }

/** Every number in a figures object, by dotted path; text (a row's key or label) is not a figure. */
export function flattenFigures(figures: object, prefix = ""): FlatFigures {
  const flat: FlatFigures = {}
  for (const [name, value] of Object.entries(figures)) {
    if (typeof value === "number") flat[prefix + name] = value
    else if (value && typeof value === "object" && !Array.isArray(value))
      Object.assign(flat, flattenFigures(value as object, `${prefix}${name}.`))
  }
  return flat
}

export function issuedFigures(report: ReportLike): IssuedFigures {
  return {
    totals: flattenFigures(report.totals),
    rows: report.rows.map((row) => ({ key: row.key, figures: flattenFigures(row) })),
  }
}

/** JSON with object keys sorted at every level, so equal figures always give the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`
  }
  return JSON.stringify(value)
}

/** SHA-256 (hex) of the figures' canonical JSON: the report's fingerprint, not a copy of it. */
export function fingerprintFigures(figures: IssuedFigures): string {
  return createHash("sha256").update(canonicalJson(figures)).digest("hex")
}

// The uncategorised category row has the key null; it is named so in a difference, where null means the totals.
const UNCATEGORISED_ROW = "uncategorised"
const rowKey = (key: string | null) => key ?? UNCATEGORISED_ROW

/**
 * Where the ledger now differs from what was issued: each figure the record holds, in the totals (row_key null)
 * and in every row either side has (a row one side lacks counts as zeros). Empty when the report still matches.
 */
export function compareFigures(issued: IssuedFigures, now: IssuedFigures): FigureDifference[] {
  const names = Object.keys(issued.totals)
  const differences: FigureDifference[] = []
  const diff = (row_key: string | null, was: FlatFigures | undefined, is: FlatFigures | undefined) => {
    for (const figure of names) {
      const a = was?.[figure] ?? 0
      const b = is?.[figure] ?? 0
      if (a !== b) differences.push({ figure, row_key, issued: a, now: b })
    }
  }
  diff(null, issued.totals, now.totals)
  const before = new Map(issued.rows.map((r) => [rowKey(r.key), r.figures]))
  const after = new Map(now.rows.map((r) => [rowKey(r.key), r.figures]))
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort()
  for (const key of keys) diff(key, before.get(key), after.get(key))
  return differences
}
