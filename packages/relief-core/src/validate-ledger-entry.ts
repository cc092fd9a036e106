import { describeValue, ReliefCoreError } from "./errors"
import { isHouseholdStatus } from "./household-status"
import { isDivisionCode } from "./division-code"
import { CHANNELS, LEDGER_PARTIES, type LedgerEntry } from "./ledger-entry"

const KINDS = ["sale", "refund", "cancel"]

/**
 * The report trusts sums only if the writer kept the ledger's rules, so a broken entry fails the report loudly
 * (naming the entry) instead of skewing an official's totals by a silent fen.
 */
export function validateLedgerEntry(entry: LedgerEntry, index: number): void {
  const where = `ledger entry ${index} (order ${describeValue(entry.order_id)}, line ${describeValue(entry.line_item_id)})`
  const fail = (what: string, value: unknown): never => {
    throw new ReliefCoreError("invalid_ledger_entry", `${where}: ${what}, got ${describeValue(value)}`)
  }
  if (!nonEmpty(entry.order_id)) fail("order_id must be a non-empty string", entry.order_id)
  if (!nonEmpty(entry.cooperative_id)) fail("cooperative_id must be a non-empty string", entry.cooperative_id)
  if (!isDivisionCode(entry.division_code)) fail("division_code must be 12 digits", entry.division_code)
  if (!(CHANNELS as readonly string[]).includes(entry.channel)) fail("channel is not one we know", entry.channel)
  if (entry.category !== null && !nonEmpty(entry.category)) fail("category must be a name or null", entry.category)
  if (!KINDS.includes(entry.kind)) fail("kind must be sale, refund or cancel", entry.kind)
  if (!(LEDGER_PARTIES as readonly string[]).includes(entry.party)) {
    fail("party must be cooperative, household or collective", entry.party)
  }

  const sign = entry.kind === "sale" ? 1 : -1
  const signWord = sign === 1 ? "≥ 0 on a sale" : "≤ 0 on a refund or cancel"
  if (!Number.isSafeInteger(entry.amount_fen) || entry.amount_fen * sign < 0) {
    fail(`amount_fen must be a whole number of fen, ${signWord}`, entry.amount_fen)
  }
  if (!Number.isSafeInteger(entry.quantity_g) || entry.quantity_g * sign < 0) {
    fail(`quantity_g must be a whole number of grams, ${signWord}`, entry.quantity_g)
  }
  if (entry.party === "collective") {
    if (entry.quantity_g !== 0)
      fail("quantity_g belongs on the cooperative entry only, so must be 0 here", entry.quantity_g)
    const householdField = (["household_key", "household_status", "household_persons", "benefit_kind"] as const).find(
      (field) => entry[field] !== undefined,
    )
    if (householdField) fail(`${householdField} must be absent on a collective entry`, entry[householdField])
  }
  if (entry.party === "household") {
    if (entry.quantity_g !== 0)
      fail("quantity_g belongs on the cooperative entry only, so must be 0 here", entry.quantity_g)
    if (!nonEmpty(entry.household_key)) fail("household_key is required on a household entry", entry.household_key)
    if (!isHouseholdStatus(entry.household_status))
      fail("household_status is required on a household entry", entry.household_status)
    const persons = entry.household_persons
    if (typeof persons !== "number" || !Number.isSafeInteger(persons) || persons < 1) {
      fail("household_persons must be a whole number ≥ 1 on a household entry", persons)
    }
  }
}

function nonEmpty(value: unknown): value is string {
  return typeof value === "string" && value !== ""
}
