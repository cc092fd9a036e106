import { describeValue, ReliefCoreError } from "./errors"

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (no I, O, S, V, Z, which read like
 * digits), the 18th a check character over the first 17. Only the shape and the check character are verified
 * here; whether the code is registered is a question for the registry, not for this package.
 */
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
// Weight i is 3^i mod 31, as the standard tabulates it.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const
const SHAPE = /^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/

/** The check character for the first 17 characters: 31 − (Σ value × weight mod 31), where 31 wraps to 0. */
export function creditCodeCheckChar(first17: string): string {
  if (!/^[0-9ABCDEFGHJKLMNPQRTUWXY]{17}$/.test(first17)) {
    throw new ReliefCoreError(
      "invalid_credit_code",
      `expected the first 17 characters of a credit code, got ${describeValue(first17)}`,
    )
  }
  let sum = 0
  for (let i = 0; i < 17; i += 1) sum += CHARSET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0)
  return CHARSET.charAt((31 - (sum % 31)) % 31)
}

/** True for an 18-character, upper-case code whose check character matches. Normalise input first. */
export function isValidCreditCode(code: unknown): code is string {
  return typeof code === "string" && SHAPE.test(code) && creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17)
}

/** Trims and upper-cases what a person typed; the code itself is case-insensitive in practice. */
export function normalizeCreditCode(input: string): string {
  return input.trim().toUpperCase()
}

/** Throws a typed error naming the field unless code is a valid credit code. */
export function assertCreditCode(code: unknown, field = "credit_code"): asserts code is string {
  if (!isValidCreditCode(code)) {
    throw new ReliefCoreError(
      "invalid_credit_code",
      `${field} must be an 18-character unified social credit code with a valid check character, got ${describeValue(code)}`,
    )
  }
}
