// The home page's "in season" strip, picked from the catalog by a rule rather than a list of handles, so it stays
// right as cooperatives add and retire products.
import type { ProductCardView } from "./product"

export const IN_SEASON_LIMIT = 4

const newestFirst = (a: ProductCardView, b: ProductCardView) =>
  (b.createdAt ?? "").localeCompare(a.createdAt ?? "") || b.id.localeCompare(a.id)

/**
 * Fresh goods first (they ship by 冷链 because they were just picked, so they are what is in season now), then the
 * newest listings (a cooperative lists a product when its harvest comes in); each group newest first.
 */
export function pickInSeason(products: readonly ProductCardView[], limit = IN_SEASON_LIMIT): ProductCardView[] {
  const fresh = products.filter((p) => p.coldChain).sort(newestFirst)
  const rest = products.filter((p) => !p.coldChain).sort(newestFirst)
  return [...fresh, ...rest].slice(0, Math.max(0, limit))
}
