// Public API of @fengshou/relief-core: pure domain logic, no framework, safe to call from backend and storefront.
export { ReliefCoreError, type ReliefCoreErrorCode } from "./errors"
export { yuanToFen, fenToYuanString, fenToGroupedYuanString, assertFen, assertNonNegativeFen } from "./money"
export { GRAMS_PER_JIN, GRAMS_PER_KG, gramsToJin, gramsToKg, assertGrams } from "./units"
export { allocateLargestRemainder, type Weight, type Part } from "./largest-remainder"
export {
  BENEFITED_STATUSES,
  HOUSEHOLD_STATUSES,
  isHouseholdStatus,
  countsAsBenefited,
  type BenefitedStatus,
  type HouseholdStatus,
} from "./household-status"
export type {
  BenefitKind,
  BenefitMechanism,
  Contribution,
  HouseholdEntry,
  LineAllocation,
  LineAllocationInput,
} from "./line-allocation"
export { allocateLine } from "./allocate-line"
export { reverseAllocation, type ReversalInput } from "./reverse"
export {
  CHANNELS,
  LEDGER_PARTIES,
  type Channel,
  type LedgerEntry,
  type LedgerEntryKind,
  type LedgerParty,
} from "./ledger-entry"
export type { NewLedgerEntry } from "./new-ledger-entry"
export { validateLedgerEntry } from "./validate-ledger-entry"
export { toLedgerEntries, type LedgerLineContext } from "./to-ledger-entries"
export { shanghaiDate } from "./shanghai-time"
export { divideRounded, type ReportFigures, type StatusFigures, type StatusSplit } from "./report-figures"
export {
  compareKeys as compareReportKeys,
  foldReport,
  REPORT_GROUPINGS,
  validateReportQuery,
  type ReliefReport,
  type ReportGrouping,
  type ReportQuery,
  type ReportRow,
} from "./fold-report"
export {
  comparePeriods,
  figureChange,
  periodBefore,
  yearEarlier,
  type FigureChange,
  type Period,
} from "./compare-periods"
export { REPORT_LANGS, type ReportLang } from "./report-lang"
export { LedgerColumns } from "./ledger-columns"
export { assertCreditCode, creditCodeCheckChar, isValidCreditCode, normalizeCreditCode } from "./credit-code"
export {
  DIVISION_LEVELS,
  assertDivisionCode,
  childPrefixLength,
  divisionLevel,
  isDivisionCode,
  isDivisionPrefix,
  isWithinScope,
  parentDivision,
  toScopePrefix,
  type DivisionLevel,
} from "./division-code"
