import type { BenefitMechanism, HouseholdStatus } from "@fengshou/relief-core"

// The rules that decide which households a sale of a variant credits, shared by the ledger's writer
// (read-order-facts.ts) and the shoppers' price transparency (api/store/impact), so the two cannot drift.

/**
 * The cooperative's mechanism, or the product's own override (product_benefit). `collective_bps` is the village
 * collective's share (村集体分成); readers that show only households' shares may leave it out.
 */
export type MechanismConfig = {
  benefit_mechanisms: readonly string[]
  dividend_bps: number | null
  collective_bps?: number | null
}

/**
 * A product's override replaces the cooperative's supply and dividend; its collective share, when null, is the
 * cooperative's (the village's share is agreed with the cooperative; an override sets 0 to give none on a product).
 */
export function effectiveConfig(
  cooperative: MechanismConfig,
  override: MechanismConfig | null | undefined,
): MechanismConfig {
  if (!override) return cooperative
  return { ...override, collective_bps: override.collective_bps ?? cooperative.collective_bps ?? null }
}

/** One household's part in a lot: what it supplied, at what farmgate price, and its standing. */
export type LotContribution = {
  household_key: string
  status: HouseholdStatus
  persons: number
  share_weight: number
  grams: number
  farmgate_fen_per_kg: number
}

/** The lot's farmgate price per kg, weighted by the grams each household supplied, rounded half up; null with no grams. */
export function weightedFarmgate(contributions: readonly LotContribution[]): number | null {
  const grams = contributions.reduce((sum, c) => sum + BigInt(c.grams), 0n)
  if (grams === 0n) return null
  const value = contributions.reduce((sum, c) => sum + BigInt(c.grams) * BigInt(c.farmgate_fen_per_kg), 0n)
  return Number((value * 2n + grams) / (grams * 2n))
}

/**
 * supply needs a farmgate price (from the lot), dividend a rate; a mechanism missing its number pays nothing.
 * The collective's share needs no household; collectiveMechanism gives it alone for a line with no lot behind it.
 */
export function toMechanism(config: MechanismConfig, farmgateFenPerKg: number | null): BenefitMechanism {
  const supply =
    config.benefit_mechanisms.includes("supply") && farmgateFenPerKg !== null
      ? { farmgate_fen_per_kg: farmgateFenPerKg }
      : undefined
  const dividend =
    config.benefit_mechanisms.includes("dividend") && config.dividend_bps
      ? { basis_points: config.dividend_bps }
      : undefined
  return { ...(supply ? { supply } : {}), ...(dividend ? { dividend } : {}), ...collectiveMechanism(config) }
}

/** The village collective's share alone, or nothing when the config gives it none. */
export function collectiveMechanism(config: MechanismConfig): Pick<BenefitMechanism, "collective"> {
  return config.collective_bps ? { collective: { basis_points: config.collective_bps } } : {}
}

/** A lot's contributions as the rules above read them: the household's standing with what it supplied. */
export function toLotContributions(
  contributions: readonly {
    quantity_g: number
    farmgate_fen_per_kg: number
    household: { id: string; status: HouseholdStatus; size: number; share_weight: number }
  }[],
): LotContribution[] {
  return contributions.map((c) => ({
    household_key: c.household.id,
    status: c.household.status,
    persons: c.household.size,
    share_weight: c.household.share_weight,
    grams: c.quantity_g,
    farmgate_fen_per_kg: c.farmgate_fen_per_kg,
  }))
}

/**
 * The lot a sale on `day` (YYYY-MM-DD, Asia/Shanghai) is credited to: the variant's latest lot harvested by that day
 * (ties: the later created), else its earliest lot; undefined when the variant has none.
 */
export function chooseLot<T extends { harvest_date: string; created_at?: string | Date }>(
  lots: readonly T[],
  day: string,
): T | undefined {
  const created = (l: T) => (l.created_at ? new Date(l.created_at).getTime() : 0)
  const sorted = [...lots].sort((a, b) =>
    a.harvest_date === b.harvest_date ? created(a) - created(b) : a.harvest_date < b.harvest_date ? -1 : 1,
  )
  return sorted.filter((l) => l.harvest_date <= day).at(-1) ?? sorted[0]
}
