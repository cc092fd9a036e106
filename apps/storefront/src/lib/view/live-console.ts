// What the host console shows that is more than a contract field: the picker's size labels, commission rates, and
// a panel row per session product.
import type { SessionStats } from "@fengshou/live-contract"
import { formatFen } from "./money"
import type { ProductView } from "./product"

export type CatalogOption = { variantId: string; label: string; shelfFen: number | null }

/** One option per size that has a price: "鲜羊肚菌 · 500 g — ¥89.00" (sizes without a CNY price cannot be sold live). */
export function toCatalogOptions(products: ProductView[]): CatalogOption[] {
  return products.flatMap((product) =>
    product.variants.flatMap((variant) =>
      variant.price
        ? [
            {
              variantId: variant.id,
              label: `${product.title} · ${variant.title} — ${variant.price.formatted}`,
              shelfFen: variant.price.fen,
            },
          ]
        : [],
    ),
  )
}

/** Basis points as a percentage, in integers: 500 → "5%", 750 → "7.5%", 1234 → "12.34%". */
export function formatRateBps(bps: number): string {
  const whole = Math.floor(bps / 100)
  const fraction = String(bps % 100)
    .padStart(2, "0")
    .replace(/0$/, "")
  return `${whole}${fraction === "" || fraction === "0" ? "" : `.${fraction}`}%`
}

export type PanelRow = {
  id: string
  title: string
  units: number
  gmv: string
  remaining: number
  cap: number
  soldOut: boolean
}

/** The live panel's per-product rows, in the session's order. */
export function toPanelRows(stats: SessionStats): PanelRow[] {
  return stats.products.map((p) => ({
    id: p.session_product_id,
    title: p.title,
    units: p.units,
    gmv: formatFen(p.gmv_fen),
    remaining: p.remaining,
    cap: p.stock_cap,
    soldOut: p.remaining <= 0,
  }))
}
