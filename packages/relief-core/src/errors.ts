/**
 * Every failure this package raises is a ReliefCoreError with a stable `code`, so callers (routes, workflows)
 * can map it to a 4xx and a message that says what to fix, without parsing message text.
 */
export type ReliefCoreErrorCode =
  | "invalid_money"
  | "invalid_grams"
  | "invalid_weights"
  | "invalid_line"
  | "no_contributions"
  | "invalid_reversal"
  | "invalid_ledger_entry"
  | "invalid_report_query"
  | "invalid_division_code"
  | "invalid_credit_code"

export class ReliefCoreError extends Error {
  readonly code: ReliefCoreErrorCode

  constructor(code: ReliefCoreErrorCode, message: string) {
    super(message)
    this.name = "ReliefCoreError"
    this.code = code
  }
}

/** Renders a rejected value for an error message; JSON keeps strings quoted so "" and " " stay visible. */
export function describeValue(value: unknown): string {
  if (typeof value === "number" || typeof value === "bigint") return String(value)
  if (value === undefined) return "undefined"
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
