import { describeValue, ReliefCoreError } from "./errors"
import { allocateLargestRemainder } from "./largest-remainder"
import { compareEntries, type BenefitKind, type HouseholdEntry, type LineAllocation } from "./line-allocation"

export interface ReversalInput {
  /** The allocation written when the order was placed (non-negative parts summing to the line's net). */
  readonly original: LineAllocation
  /** Reversals already written for this line, oldest first (non-positive parts). */
  readonly previous_reversals: readonly LineAllocation[]
  /** Amount refunded or cancelled now, 0..what remains of the line. */
  readonly refund_fen: number
}

// Party keys order the largest-remainder tie-break: "c" < "cv" < "h", so on a tie the cooperative gives back the
// odd fen before the village collective, and the collective before a household.
const COOPERATIVE = "c"
const COLLECTIVE = "cv"
const householdPart = (kind: BenefitKind, key: string) => `h:${kind}:${key}`

/**
 * Reverses part of a line's allocation in proportion to what each party still holds.
 *
 * The refund is split by largest remainder over the *remaining* amounts (original + previous reversals), not by
 * re-allocating the original to the reduced total and taking the difference: largest remainder is not monotone
 * (the Alabama paradox), so that difference can hand a household +1 fen on a refund. Splitting over what remains
 * gives every party a share between 0 and what it holds, so no reversal entry is positive, nobody goes below
 * zero, and once the refunds add up to the net every party is back at exactly zero (the last refund equals the
 * remaining total, so each party's quota is its whole remainder).
 * Returns the reversal (amounts ≤ 0, summing to −refund_fen) in the LineAllocation shape, zero parts left out.
 */
export function reverseAllocation(input: ReversalInput): LineAllocation {
  const remaining = remainingParts(input.original, input.previous_reversals)
  const remainingTotal = [...remaining.values()].reduce((sum, p) => sum + p.amount, 0)
  const refund = input.refund_fen
  if (!Number.isSafeInteger(refund) || refund < 0 || refund > remainingTotal) {
    throw new ReliefCoreError(
      "invalid_reversal",
      `refund_fen must be a whole number from 0 to ${remainingTotal} (what remains of the line), ` +
        `got ${describeValue(refund)}`,
    )
  }

  const weights = [...remaining].map(([key, part]) => ({ key, weight: part.amount }))
  const parts = allocateLargestRemainder(-refund, weights)
  let cooperativeFen = 0
  let collectiveFen = 0
  const entries: HouseholdEntry[] = []
  for (const { key, amount } of parts) {
    const party = remaining.get(key)
    if (!party || amount === 0) continue
    if (party.entry) entries.push({ ...party.entry, amount_fen: amount })
    else if (key === COLLECTIVE) collectiveFen = amount
    else cooperativeFen = amount
  }
  return { entries: entries.sort(compareEntries), collective_fen: collectiveFen, cooperative_fen: cooperativeFen }
}

interface RemainingPart {
  amount: number
  /** The household entry this part belongs to; absent for the cooperative and the collective. */
  readonly entry?: HouseholdEntry
}

/** What each party still holds: the original parts minus every earlier reversal, all checked for sign. */
function remainingParts(original: LineAllocation, reversals: readonly LineAllocation[]): Map<string, RemainingPart> {
  const remaining = new Map<string, RemainingPart>()
  checkAmount(original.cooperative_fen, "original.cooperative_fen", 1)
  remaining.set(COOPERATIVE, { amount: original.cooperative_fen })
  checkAmount(original.collective_fen, "original.collective_fen", 1)
  remaining.set(COLLECTIVE, { amount: original.collective_fen })
  for (const entry of original.entries) {
    const key = householdPart(entry.kind, entry.household_key)
    checkAmount(entry.amount_fen, `original ${entry.kind} entry of ${entry.household_key}`, 1)
    if (remaining.has(key)) {
      throw new ReliefCoreError("invalid_reversal", `original has two ${entry.kind} entries for ${entry.household_key}`)
    }
    remaining.set(key, { amount: entry.amount_fen, entry })
  }

  reversals.forEach((reversal, index) => {
    subtract(remaining, COOPERATIVE, reversal.cooperative_fen, `previous_reversals[${index}].cooperative_fen`)
    subtract(remaining, COLLECTIVE, reversal.collective_fen, `previous_reversals[${index}].collective_fen`)
    for (const entry of reversal.entries) {
      const at = `previous_reversals[${index}] ${entry.kind} entry of ${entry.household_key}`
      subtract(remaining, householdPart(entry.kind, entry.household_key), entry.amount_fen, at)
    }
  })
  return remaining
}

function subtract(remaining: Map<string, RemainingPart>, key: string, amount: number, at: string): void {
  checkAmount(amount, at, -1)
  const part = remaining.get(key)
  if (amount === 0) return
  if (!part) throw new ReliefCoreError("invalid_reversal", `${at} reverses a part the original never had`)
  if (part.amount + amount < 0) {
    throw new ReliefCoreError("invalid_reversal", `${at} takes back more than the original gave`)
  }
  part.amount += amount
}

function checkAmount(value: unknown, at: string, sign: 1 | -1): void {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value * sign < 0) {
    const expected = sign === 1 ? "non-negative" : "non-positive"
    const got = describeValue(value)
    throw new ReliefCoreError("invalid_reversal", `${at} must be a ${expected} whole number of fen, got ${got}`)
  }
}
