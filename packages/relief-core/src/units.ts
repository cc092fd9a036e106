import { describeValue, ReliefCoreError } from "./errors"

/** 1 斤 (jin) is 500 g by statute since 1959; shoppers in China price produce per jin. */
export const GRAMS_PER_JIN = 500
export const GRAMS_PER_KG = 1000

/**
 * Grams to jin, for display only (feed it to Intl.NumberFormat). Weight is stored and summed in integer grams;
 * never store or add up the result of this function.
 */
export function gramsToJin(grams: number): number {
  assertGrams(grams)
  return grams / GRAMS_PER_JIN
}

/** Grams to kilograms, for display only; see gramsToJin. */
export function gramsToKg(grams: number): number {
  assertGrams(grams)
  return grams / GRAMS_PER_KG
}

/** Throws unless value is a non-negative safe integer number of grams. */
export function assertGrams(value: unknown, field = "quantity_g"): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new ReliefCoreError(
      "invalid_grams",
      `${field} must be a non-negative whole number of grams, got ${describeValue(value)}`,
    )
  }
}
