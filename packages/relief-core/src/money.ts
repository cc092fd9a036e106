import { describeValue, ReliefCoreError } from "./errors"

/**
 * Money inside the ledger is integer fen (1 yuan = 100 fen). Medusa stores decimal major units, so this is the
 * one place that converts, and it never does float arithmetic: a decimal string is parsed digit by digit into a
 * BigInt, and a JS number is first turned into its shortest round-trip string (String(n)), which is the decimal
 * the number was written as (39.9 -> "39.9", not 39.899999999999998578...).
 */

// Optional sign, digits with an optional fraction (or a bare fraction), optional exponent: what String(n) and
// Medusa's BigNumber raw values produce. No whitespace, no thousands separators: those are caller bugs.
const DECIMAL = /^([+-])?(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d{1,3}))?$/

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/**
 * Converts decimal yuan (string or number) to integer fen.
 * Rounding: digits beyond the 2nd decimal are rounded half away from zero, decided on the exact decimal digits
 * ("0.005" -> 1, "-0.005" -> -1, "0.0049" -> 0). For a number the digits are those of String(n), so 1.005 -> 101
 * even though the nearest double is slightly below 1.005: the shopper saw "1.005", not the binary expansion.
 */
export function yuanToFen(decimal: string | number): number {
  const text = typeof decimal === "number" ? numberToDecimalString(decimal) : decimal
  const match = typeof text === "string" ? DECIMAL.exec(text) : null
  if (!match) {
    throw new ReliefCoreError(
      "invalid_money",
      `amount must be a decimal number of yuan like "12.50", got ${describeValue(decimal)}`,
    )
  }
  const [, sign, intDigits = "", fracA, fracB, exponent] = match
  const fracDigits = fracA ?? fracB ?? ""
  const digits = BigInt(`${intDigits}${fracDigits}` || "0")
  // value = digits * 10^(exponent - fracLen); fen = value * 100
  const shift = Number(exponent ?? "0") - fracDigits.length + 2
  let fen: bigint
  if (shift >= 0) {
    fen = digits * 10n ** BigInt(shift)
  } else {
    const divisor = 10n ** BigInt(-shift)
    fen = digits / divisor
    if ((digits % divisor) * 2n >= divisor) fen += 1n
  }
  if (fen > MAX_SAFE) {
    throw new ReliefCoreError("invalid_money", `amount ${describeValue(decimal)} is too large to hold in fen`)
  }
  // Negating a BigInt never yields -0, so "-0.001" comes out as plain 0.
  return Number(sign === "-" ? -fen : fen)
}

function numberToDecimalString(value: number): string {
  if (!Number.isFinite(value)) {
    throw new ReliefCoreError("invalid_money", `amount must be a finite number of yuan, got ${describeValue(value)}`)
  }
  return String(value)
}

/** Formats fen as a plain yuan decimal with exactly two places: 1250 -> "12.50", -5 -> "-0.05". */
export function fenToYuanString(fen: number): string {
  assertFen(fen)
  const magnitude = Math.abs(fen)
  const cents = magnitude % 100
  // (magnitude - cents) is an exact multiple of 100, so this division is exact even near 2^53.
  const yuan = (magnitude - cents) / 100
  return `${fen < 0 ? "-" : ""}${yuan}.${String(cents).padStart(2, "0")}`
}

/** As fenToYuanString, with thousands separators for print and screens: 123456789 -> "1,234,567.89", -5 -> "-0.05". */
export function fenToGroupedYuanString(fen: number): string {
  const plain = fenToYuanString(fen)
  const negative = plain.startsWith("-")
  const [whole = "0", cents = "00"] = (negative ? plain.slice(1) : plain).split(".")
  return `${negative ? "-" : ""}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`
}

/** Throws unless value is a safe integer number of fen (negative allowed: reversals are negative). */
export function assertFen(value: unknown, field = "amount_fen"): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new ReliefCoreError("invalid_money", `${field} must be a whole number of fen, got ${describeValue(value)}`)
  }
}

/** Throws unless value is a non-negative safe integer number of fen. */
export function assertNonNegativeFen(value: unknown, field = "amount_fen"): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new ReliefCoreError(
      "invalid_money",
      `${field} must be a non-negative whole number of fen, got ${describeValue(value)}`,
    )
  }
}
