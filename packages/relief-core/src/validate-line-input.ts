import { describeValue, ReliefCoreError } from "./errors"
import { isHouseholdStatus } from "./household-status"
import type { Contribution, LineAllocationInput } from "./line-allocation"
import { assertNonNegativeFen } from "./money"
import { assertGrams } from "./units"

/** Guard clauses for allocateLine: every message names the field and the bad value so a caller can fix it. */
export function validateLineInput(input: LineAllocationInput): void {
  assertNonNegativeFen(input.net_fen, "net_fen")
  assertGrams(input.quantity_g, "quantity_g")
  const { supply, dividend, collective } = input.mechanism
  if (supply) assertWhole(supply.farmgate_fen_per_kg, "supply.farmgate_fen_per_kg", 0, Number.MAX_SAFE_INTEGER)
  if (dividend) assertWhole(dividend.basis_points, "dividend.basis_points", 0, 10_000)
  if (collective) assertWhole(collective.basis_points, "collective.basis_points", 0, 10_000)

  const seen = new Set<string>()
  input.contributions.forEach((contribution, index) => {
    validateContribution(contribution, `contributions[${index}]`)
    if (seen.has(contribution.household_key)) {
      throw new ReliefCoreError(
        "invalid_line",
        `household ${describeValue(contribution.household_key)} appears more than once; sum its grams into one contribution`,
      )
    }
    seen.add(contribution.household_key)
  })
}

function validateContribution(contribution: Contribution, at: string): void {
  if (typeof contribution.household_key !== "string" || contribution.household_key === "") {
    throw new ReliefCoreError("invalid_line", `${at}.household_key must be a non-empty string`)
  }
  if (!isHouseholdStatus(contribution.status)) {
    throw new ReliefCoreError(
      "invalid_line",
      `${at}.status must be registered_poor, monitored or member, got ${describeValue(contribution.status)}`,
    )
  }
  assertWhole(contribution.persons, `${at}.persons`, 1, Number.MAX_SAFE_INTEGER)
  assertGrams(contribution.grams, `${at}.grams`)
  assertWhole(contribution.share_weight, `${at}.share_weight`, 0, Number.MAX_SAFE_INTEGER)
}

function assertWhole(value: unknown, field: string, min: number, max: number): void {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ReliefCoreError(
      "invalid_line",
      `${field} must be a whole number from ${min} to ${max}, got ${describeValue(value)}`,
    )
  }
}
