import { describeValue, ReliefCoreError } from "./errors"

/**
 * Reports cut days and months in Asia/Shanghai. China has kept UTC+8 with no daylight saving since 1991, so a
 * fixed +8 h offset is exact for every date this ledger can hold, and needs no time-zone database (Intl data
 * differs between runtimes; this package must give the same answer everywhere).
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The Asia/Shanghai calendar date (YYYY-MM-DD) of an instant. */
export function shanghaiDate(instant: Date | string): string {
  const ms = toEpochMs(instant)
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

function toEpochMs(instant: Date | string): number {
  const ms =
    instant instanceof Date
      ? instant.getTime()
      : typeof instant === "string" && ISO_INSTANT.test(instant)
        ? Date.parse(instant)
        : Number.NaN
  if (Number.isNaN(ms)) {
    throw new ReliefCoreError(
      "invalid_ledger_entry",
      `occurred_at must be a Date or an ISO 8601 time with Z or an offset, got ${describeValue(instant)}`,
    )
  }
  return ms
}

/** Throws unless value is a real calendar date written YYYY-MM-DD (2024-02-30 is rejected). */
export function assertIsoDate(value: unknown, field: string): asserts value is string {
  const real =
    typeof value === "string" &&
    ISO_DATE.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  if (!real) {
    throw new ReliefCoreError(
      "invalid_report_query",
      `${field} must be a date written YYYY-MM-DD, got ${describeValue(value)}`,
    )
  }
}
