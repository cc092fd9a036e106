import { ReliefCoreError } from "./errors"
import { allocateLargestRemainder, type Weight } from "./largest-remainder"
import {
  compareEntries,
  type BenefitKind,
  type HouseholdEntry,
  type LineAllocation,
  type LineAllocationInput,
} from "./line-allocation"
import { validateLineInput } from "./validate-line-input"

/**
 * Splits one order line's net amount between its households, its village collective and its cooperative.
 *
 * - supply: value = farmgate_fen_per_kg × quantity_g / 1000, rounded half up to the fen (exact, BigInt), capped
 *   at net_fen, then split by each household's grams with largest remainder.
 * - dividend: pool = net_fen × basis_points / 10000, rounded half up, capped at what supply left of net_fen, then
 *   split by share_weight with largest remainder.
 * - collective: net_fen × basis_points / 10000, rounded half up, capped at what supply and dividend left.
 * Supply goes first because it is what the cooperative owes for the produce; the dividend shares what remains, and
 * the village collective's share comes out of what is left after both. Household and collective income therefore
 * never exceed net_fen, and cooperative_fen = net_fen − household income − collective_fen ≥ 0.
 * Zero amounts are left out; entries come sorted by household_key, then supply before dividend.
 */
export function allocateLine(input: LineAllocationInput): LineAllocation {
  validateLineInput(input)
  const { net_fen, quantity_g, mechanism, contributions } = input

  const supplyValue = mechanism.supply ? roundHalfUp(mechanism.supply.farmgate_fen_per_kg, quantity_g, 1000) : 0
  const supplyFen = Math.min(supplyValue, net_fen)
  const pool = mechanism.dividend ? roundHalfUp(net_fen, mechanism.dividend.basis_points, 10_000) : 0
  const dividendFen = Math.min(pool, net_fen - supplyFen)
  const share = mechanism.collective ? roundHalfUp(net_fen, mechanism.collective.basis_points, 10_000) : 0
  const collectiveFen = Math.min(share, net_fen - supplyFen - dividendFen)

  const entries = [
    ...split(
      "supply",
      supplyFen,
      contributions.map((c) => ({ key: c.household_key, weight: c.grams })),
    ),
    ...split(
      "dividend",
      dividendFen,
      contributions.map((c) => ({ key: c.household_key, weight: c.share_weight })),
    ),
  ].sort(compareEntries)

  return {
    entries,
    collective_fen: collectiveFen,
    cooperative_fen: net_fen - supplyFen - dividendFen - collectiveFen,
  }
}

function split(kind: BenefitKind, total: number, weights: readonly Weight[]): HouseholdEntry[] {
  if (total === 0) return []
  if (!weights.some((w) => Number(w.weight) > 0)) {
    const basis = kind === "supply" ? "grams" : "share_weight"
    throw new ReliefCoreError(
      "no_contributions",
      `${kind} of ${total} fen has no household to go to: record at least one contribution with ${basis} > 0`,
    )
  }
  return allocateLargestRemainder(total, weights)
    .filter((part) => part.amount !== 0)
    .map((part) => ({ household_key: part.key, kind, amount_fen: part.amount }))
}

/** a × b / divisor rounded half up, exactly; inputs are non-negative safe integers, the product may not be. */
function roundHalfUp(a: number, b: number, divisor: number): number {
  const product = BigInt(a) * BigInt(b)
  const big = BigInt(divisor)
  const rounded = (product + big / 2n) / big
  // Only the supply value can exceed net_fen; clamping before Number() keeps it a safe integer.
  return Number(rounded > BigInt(Number.MAX_SAFE_INTEGER) ? BigInt(Number.MAX_SAFE_INTEGER) : rounded)
}
