import type { HouseholdStatus } from "./household-status"

/** How a cooperative (or a product override) passes money from a sale to its households. */
export interface BenefitMechanism {
  /** 订单收购: households are credited the farmgate value of the quantity sold. */
  readonly supply?: { readonly farmgate_fen_per_kg: number }
  /** 分红: this share of the line's net amount, in basis points (0..10000), goes into a pool. */
  readonly dividend?: { readonly basis_points: number }
  /** 村集体分成: this share of the line's net amount, in basis points (0..10000), goes to the village collective. */
  readonly collective?: { readonly basis_points: number }
}

/** Household X supplied `grams` of the lot(s) behind this line; one record per household. */
export interface Contribution {
  readonly household_key: string
  readonly status: HouseholdStatus
  readonly persons: number
  /** Weight of the household in the supply split. */
  readonly grams: number
  /** Weight of the household in the dividend split. */
  readonly share_weight: number
}

export interface LineAllocationInput {
  /** The line's net merchandise amount after discounts, excluding shipping. */
  readonly net_fen: number
  /** Grams sold on this line. */
  readonly quantity_g: number
  readonly mechanism: BenefitMechanism
  readonly contributions: readonly Contribution[]
}

export type BenefitKind = "supply" | "dividend"

export interface HouseholdEntry {
  readonly household_key: string
  readonly kind: BenefitKind
  readonly amount_fen: number
}

/**
 * The split of one line: household entries plus the village collective's and the cooperative's parts, summing
 * exactly to the line's net. The same shape, with non-positive amounts, describes a reversal.
 */
export interface LineAllocation {
  readonly entries: readonly HouseholdEntry[]
  /** The village collective's (村集体) part; 0 when the mechanism gives it no share. */
  readonly collective_fen: number
  readonly cooperative_fen: number
}

/** Sorting entries by household then kind keeps output independent of the order contributions arrive in. */
export function compareEntries(a: HouseholdEntry, b: HouseholdEntry): number {
  if (a.household_key !== b.household_key) return a.household_key < b.household_key ? -1 : 1
  if (a.kind === b.kind) return 0
  return a.kind === "supply" ? -1 : 1
}
