// How old a harvest may be when a cooperative records its lot, per product category. Pure: no container, no env.
// A lot older than its category's shelf life cannot be what a shopper buys today, so the trace would mislead.

/** Days a lot stays sellable after harvest, keyed by category handle; a cold-chain product tries `fresh-<handle>` first. */
export const SHELF_LIFE_DAYS: Readonly<Record<string, number>> = {
  "fresh-mushrooms": 30,
  mushrooms: 540, // dried morels, black fungus
  "fresh-eggs": 45,
  eggs: 45,
  honey: 730,
  "grain-oil": 540,
  "dried-fruit": 365,
}

/** Categories with no entry (or products with none) get this many days. */
export const DEFAULT_SHELF_LIFE_DAYS = 730

/** No lot is harvested before this day, whatever the category. */
export const HARVEST_FLOOR = "2000-01-01"

/** Names for the table's own keys that are not a category's name (the `fresh-` variants). */
const KEY_LABELS: Record<string, { zh: string; en: string }> = {
  "fresh-mushrooms": { zh: "鲜菌", en: "fresh mushrooms" },
  "fresh-eggs": { zh: "鲜蛋", en: "fresh eggs" },
}

/** Parses `fresh-mushrooms=30,eggs=45` into a table; throws a message naming the bad part. */
export function parseShelfLifeOverrides(raw: string): Record<string, number> {
  const table: Record<string, number> = {}
  for (const part of raw
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([a-z0-9][a-z0-9-]*)=(\d{1,5})$/.exec(part)
    if (!match || Number(match[2]) < 1) {
      throw new Error(`"${part}" is not handle=days (a category handle and a whole number of days, 1 or more)`)
    }
    table[match[1]!] = Number(match[2])
  }
  return table
}

/** Today's date in China (YYYY-MM-DD), where harvests happen. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
}

const DAY_MS = 86_400_000
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS)

export type LotCategory = { handle: string; name: string }

export type ShelfLife = { key: string | null; label: string; days: number }

/** The strictest shelf life among the product's categories (a cold-chain product's `fresh-` entry first). */
export function shelfLifeFor(
  categories: LotCategory[],
  coldChain: boolean,
  overrides: Record<string, number> = {},
): ShelfLife {
  const table = { ...SHELF_LIFE_DAYS, ...overrides }
  const candidates = categories.flatMap((c) => {
    const fresh = `fresh-${c.handle}`
    const key = coldChain && table[fresh] !== undefined ? fresh : table[c.handle] !== undefined ? c.handle : null
    if (!key) return []
    const names = KEY_LABELS[key]
    return [{ key, label: names ? `${names.zh} (${names.en})` : c.name, days: table[key]! }]
  })
  const strictest = candidates.sort((a, b) => a.days - b.days)[0]
  return strictest ?? { key: null, label: categories[0]?.name ?? "this product", days: DEFAULT_SHELF_LIFE_DAYS }
}

/** Why `harvestDate` cannot be a lot's harvest date today, or null when it can. */
export function harvestDateProblem(harvestDate: string, shelfLife: ShelfLife, today: string): string | null {
  if (harvestDate > today) return `harvest_date ${harvestDate} is in the future: today in China is ${today}`
  if (harvestDate < HARVEST_FLOOR) return `harvest_date ${harvestDate} is before ${HARVEST_FLOOR}`
  const age = daysBetween(harvestDate, today)
  if (age > shelfLife.days) {
    return (
      `a lot of ${shelfLife.label} must be harvested within ${shelfLife.days} days: ` +
      `harvest_date ${harvestDate} is ${age} days ago`
    )
  }
  return null
}
