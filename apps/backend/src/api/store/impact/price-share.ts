import { allocateLine, countsAsBenefited, ReliefCoreError } from "@fengshou/relief-core"
import {
  toMechanism,
  weightedFarmgate,
  type LotContribution,
  type MechanismConfig,
} from "../../../lib/relief/lot-benefit"

/** How one variant's shelf price splits: what reaches households, and how many (counts only). */
export type PriceShare = {
  price_fen: number
  /** Every member household's part (supply + dividend): what the ledger credits to households. */
  household_fen: number
  supply_fen: number
  dividend_fen: number
  households: number
  /** The part of 脱贫户 and 监测户, the households officials report on. */
  relief_household_fen: number
  relief_households: number
  relief_persons: number
}

const nothing = (price_fen: number): PriceShare => ({
  price_fen,
  household_fen: 0,
  supply_fen: 0,
  dividend_fen: 0,
  households: 0,
  relief_household_fen: 0,
  relief_households: 0,
  relief_persons: 0,
})

/**
 * What one unit of a variant sold at its shelf price would write to the ledger's household entries: relief-core's
 * allocateLine with the price as net_fen, the variant's grams and the contributions of its latest lot.
 */
export function priceShare(input: {
  price_fen: number
  weight_g: number
  config: MechanismConfig
  contributions: readonly LotContribution[]
}): PriceShare {
  const { price_fen, weight_g, config, contributions } = input
  if (!contributions.length) return nothing(price_fen)
  const mechanism = toMechanism(config, weightedFarmgate(contributions))
  let entries
  try {
    entries = allocateLine({
      net_fen: price_fen,
      quantity_g: weight_g,
      mechanism,
      contributions: contributions.map((c) => ({
        household_key: c.household_key,
        status: c.status,
        persons: c.persons,
        grams: c.grams,
        share_weight: c.share_weight,
      })),
    }).entries
  } catch (error) {
    // A lot whose households all weigh 0 for a mechanism cannot pay them: nothing reaches households.
    if (error instanceof ReliefCoreError && error.code === "no_contributions") return nothing(price_fen)
    throw error
  }
  const byKey = new Map(contributions.map((c) => [c.household_key, c]))
  const paid = new Map<string, number>()
  const share = nothing(price_fen)
  for (const entry of entries) {
    paid.set(entry.household_key, (paid.get(entry.household_key) ?? 0) + entry.amount_fen)
    share.household_fen += entry.amount_fen
    if (entry.kind === "supply") share.supply_fen += entry.amount_fen
    else share.dividend_fen += entry.amount_fen
  }
  for (const [key, amount] of paid) {
    const household = byKey.get(key)
    if (amount <= 0 || !household) continue
    share.households += 1
    if (!countsAsBenefited(household.status)) continue
    share.relief_household_fen += amount
    share.relief_households += 1
    share.relief_persons += household.persons
  }
  return share
}
