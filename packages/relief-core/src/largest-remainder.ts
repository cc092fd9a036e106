import { describeValue, ReliefCoreError } from "./errors"

export interface Weight {
  readonly key: string
  /** Non-negative integer; a bigint is accepted for weights beyond 2^53. */
  readonly weight: number | bigint
}

export interface Part {
  readonly key: string
  readonly amount: number
}

/**
 * Splits an integer total across weights so the parts sum exactly to the total (Hamilton / largest remainder):
 * each key gets floor(total × weight / Σweight), and the units left over go one each to the largest remainders.
 * Ties go to the key that sorts first by UTF-16 code units (not localeCompare, which varies by runtime locale),
 * so the result never depends on input order. A zero weight always gets 0. A negative total is split as its
 * magnitude and negated, so refunds mirror sales. All arithmetic is BigInt: total × weight can exceed 2^53.
 * Parts are returned in input order.
 */
export function allocateLargestRemainder(total: number, weights: readonly Weight[]): Part[] {
  if (!Number.isSafeInteger(total)) {
    throw new ReliefCoreError("invalid_weights", `total must be a whole number, got ${describeValue(total)}`)
  }
  const bigWeights = weights.map(toBigWeight)
  assertUniqueKeys(weights)

  const sumOfWeights = bigWeights.reduce((sum, w) => sum + w, 0n)
  if (sumOfWeights === 0n) {
    if (total === 0) return weights.map(({ key }) => ({ key, amount: 0 }))
    throw new ReliefCoreError(
      "invalid_weights",
      `cannot split ${total} across ${weights.length} weight(s) that sum to zero`,
    )
  }

  const magnitude = BigInt(Math.abs(total))
  const amounts = bigWeights.map((w) => (magnitude * w) / sumOfWeights)
  const remainders = bigWeights.map((w) => (magnitude * w) % sumOfWeights)
  const leftover = Number(magnitude - amounts.reduce((sum, a) => sum + a, 0n))

  // leftover < number of keys with a positive remainder, so zero-remainder keys (incl. zero weights) never gain.
  const order = weights.map((_, index) => index).sort((a, b) => compareRemainders(a, b, remainders, weights))
  for (const index of order.slice(0, leftover)) amounts[index] = (amounts[index] ?? 0n) + 1n

  const sign = total < 0 ? -1n : 1n
  return weights.map(({ key }, index) => ({ key, amount: Number(sign * (amounts[index] ?? 0n)) }))
}

function compareRemainders(a: number, b: number, remainders: readonly bigint[], weights: readonly Weight[]): number {
  const ra = remainders[a] ?? 0n
  const rb = remainders[b] ?? 0n
  if (ra !== rb) return ra > rb ? -1 : 1
  const ka = weights[a]?.key ?? ""
  const kb = weights[b]?.key ?? ""
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

function toBigWeight({ key, weight }: Weight): bigint {
  const valid = typeof weight === "bigint" ? weight >= 0n : Number.isSafeInteger(weight) && weight >= 0
  if (!valid) {
    throw new ReliefCoreError(
      "invalid_weights",
      `weight of ${describeValue(key)} must be a non-negative whole number, got ${describeValue(weight)}`,
    )
  }
  return BigInt(weight)
}

function assertUniqueKeys(weights: readonly Weight[]): void {
  const seen = new Set<string>()
  for (const { key } of weights) {
    if (seen.has(key)) {
      throw new ReliefCoreError("invalid_weights", `key ${describeValue(key)} appears more than once`)
    }
    seen.add(key)
  }
}
