import { describe, expect, it } from "vitest"
import { formatRateBps, toCatalogOptions, toPanelRows } from "./live-console"
import type { ProductView } from "./product"

const variant = (id: string, title: string, fen: number | null) => ({
  id,
  title,
  weight: null,
  price: fen === null ? null : { fen, formatted: `¥${(fen / 100).toFixed(2)}` },
  unitPrice: null,
})

describe("toCatalogOptions", () => {
  it("offers every priced size with its shelf price, and leaves unpriced ones out", () => {
    const millet = {
      title: "昌盛小米",
      variants: [variant("v_25", "2.5 kg", 3990), variant("v_5", "5 kg", 6990), variant("v_x", "10 kg", null)],
    }
    expect(toCatalogOptions([millet as unknown as ProductView])).toEqual([
      { variantId: "v_25", label: "昌盛小米 · 2.5 kg — ¥39.90", shelfFen: 3990 },
      { variantId: "v_5", label: "昌盛小米 · 5 kg — ¥69.90", shelfFen: 6990 },
    ])
  })
})

describe("formatRateBps", () => {
  it.each([
    [500, "5%"],
    [750, "7.5%"],
    [1205, "12.05%"],
    [1210, "12.1%"],
    [0, "0%"],
    [5000, "50%"],
  ])("%i bp is %s", (bps, text) => {
    expect(formatRateBps(bps)).toBe(text)
  })
})

describe("toPanelRows", () => {
  it("shows units, sales and what is left of each cap", () => {
    const products = [
      {
        session_product_id: "lsp_1",
        variant_id: "v1",
        title: "鲜羊肚菌 500 g",
        units: 2,
        gmv_fen: 11800,
        stock_cap: 100,
        remaining: 98,
      },
      {
        session_product_id: "lsp_2",
        variant_id: "v2",
        title: "干羊肚菌 100 g",
        units: 10,
        gmv_fen: 99000,
        stock_cap: 10,
        remaining: 0,
      },
    ]
    const stats = {
      session_id: "s",
      status: "live" as const,
      orders: 3,
      gmv_fen: 110800,
      refunded_fen: 0,
      units: 12,
      products,
      last_order_at: null,
    }
    expect(toPanelRows(stats)).toEqual([
      { id: "lsp_1", title: "鲜羊肚菌 500 g", units: 2, gmv: "¥118.00", remaining: 98, cap: 100, soldOut: false },
      { id: "lsp_2", title: "干羊肚菌 100 g", units: 10, gmv: "¥990.00", remaining: 0, cap: 10, soldOut: true },
    ])
  })
})
