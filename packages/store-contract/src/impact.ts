import { z } from "zod"
import { count, fen, grams } from "./shared"

/** The relief ledger as shoppers see it: totals folded like the officials' report, never a household. */
export const ImpactSchema = z.object({
  orders: count,
  sales_fen: fen,
  /** What reached 脱贫户/监测户. */
  household_income_fen: fen,
  households_benefited: count,
  persons_benefited: count,
  cooperatives: count,
})
export type Impact = z.infer<typeof ImpactSchema>

/** GET /store/impact (platform totals) and GET /store/impact/me (the signed-in customer's orders). */
export const ImpactResponseSchema = z.object({ impact: ImpactSchema })
export type ImpactResponse = z.infer<typeof ImpactResponseSchema>

/** One order's impact; `recorded` is false until the ledger has written the order (just after it is placed). */
export const OrderImpactSchema = ImpactSchema.pick({
  sales_fen: true,
  household_income_fen: true,
  households_benefited: true,
  persons_benefited: true,
}).extend({ order_id: z.string(), recorded: z.boolean() })
export type OrderImpact = z.infer<typeof OrderImpactSchema>

/** GET /store/impact/orders/:id */
export const OrderImpactResponseSchema = z.object({ impact: OrderImpactSchema })
export type OrderImpactResponse = z.infer<typeof OrderImpactResponseSchema>

/** How one variant's shelf price splits, as the ledger would write a sale of it today. */
export const VariantShareSchema = z.object({
  variant_id: z.string(),
  /** The variant's weight rounded to whole grams. */
  weight_g: grams,
  price_fen: fen,
  /** Every member household's part (supply + dividend). */
  household_fen: fen,
  supply_fen: fen,
  dividend_fen: fen,
  households: count,
  /** The part of 脱贫户 and 监测户, the households officials report on. */
  relief_household_fen: fen,
  relief_households: count,
  relief_persons: count,
  /** The lot a sale today is credited to; null before the first lot. */
  lot: z.object({ trace_code: z.string(), harvest_date: z.string() }).nullable(),
})
export type VariantShare = z.infer<typeof VariantShareSchema>

export const ProductImpactSchema = z.object({
  product_id: z.string(),
  benefit_mechanisms: z.array(z.string()),
  /** Basis points of the price paid as dividend; null without a dividend. */
  dividend_bps: z.number().int().nullable(),
  /** Sizes with a CNY price and a weight. */
  variants: z.array(VariantShareSchema),
})
export type ProductImpact = z.infer<typeof ProductImpactSchema>

/** GET /store/impact/products/:id (price transparency) */
export const ProductImpactResponseSchema = z.object({ product_impact: ProductImpactSchema })
export type ProductImpactResponse = z.infer<typeof ProductImpactResponseSchema>
