// GET /relief-verify/:code as the verify page renders it: who issued the report, for what, and what changed.
import type { ReportVerification } from "@fengshou/store-contract"
import { formatFen } from "./money"

// The backend's verification code: Crockford base32, 10 characters (no I, L, O, U).
const VERIFICATION_CODE = /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{10}$/

/** The code as issued (upper case, O/I/L read as 0/1/1, spaces and dashes dropped), or null when it cannot be one. */
export function normalizeVerificationCode(raw: string): string | null {
  const code = raw.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1")
  return VERIFICATION_CODE.test(code) ? code : null
}

export type DifferenceView = {
  /** `sales_fen`, or the status and the figure of a nested one: ["monitored", "persons_benefited"]. */
  figure: { status: string | null; name: string }
  row: string | null
  issued: string
  now: string
  change: string
}

export type VerificationView = {
  code: string
  /** China time to the minute, as the printed report shows it. */
  issuedAt: string
  organisation: string
  /** The place as the report named it (in the report's language) and its division code. */
  region: { label: string; code: string }
  period: { from: string; to: string }
  /** What the report's rows are: each difference's row is a key of this grouping. */
  groupBy: ReportVerification["group_by"]
  matches: boolean
  differences: DifferenceView[]
}

const grouped = (n: number) => String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")
const signed = (n: number, format: (n: number) => string) => (n > 0 ? `+${format(n)}` : format(n))

/** A figure's value the way its unit reads: fen as ¥, grams with g, counts grouped. */
export function formatFigure(name: string, value: number): string {
  if (name.endsWith("_fen")) return formatFen(value)
  const text = `${value < 0 ? "-" : ""}${grouped(value)}`
  return name.endsWith("_g") ? `${text} g` : text
}

export function chinaMinute(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ")
}

export function toVerificationView(v: ReportVerification): VerificationView {
  return {
    code: v.code,
    issuedAt: chinaMinute(v.issued_at),
    organisation: v.organisation,
    region: { label: v.region_label, code: v.region },
    period: { from: v.from, to: v.to },
    groupBy: v.group_by,
    matches: v.status === "matches",
    differences: v.differences.map((d) => {
      const parts = d.figure.split(".")
      const name = parts[parts.length - 1]!
      return {
        figure: { status: parts[0] === "by_status" && parts.length === 3 ? parts[1]! : null, name },
        row: d.row_key,
        issued: formatFigure(name, d.issued),
        now: formatFigure(name, d.now),
        change: signed(d.now - d.issued, (n) => formatFigure(name, n)),
      }
    }),
  }
}
