import { z } from "zod"
import { count, fen, medusaGrams, pageFields } from "./shared"

/** A size of the cooperative's product: its CNY price in fen and its stock at the cooperative's own location. */
export const CooperativeVariantSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  sku: z.string().nullable(),
  weight_g: medusaGrams.nullable(),
  /** Null without a CNY price. */
  price_fen: fen.nullable(),
  /** available = stocked − reserved, never below 0. */
  stock: z.object({ stocked: count, reserved: count, available: count }),
  /** Available at or below this is low stock (库存不足); null: no threshold set. */
  low_stock_threshold: count.nullish(),
  /** The lowest price a live offer of this size sells at (a shelf price below it pauses the offer); null: 1 fen. */
  live_floor_fen: fen.nullish(),
  /** The largest stock cap a host's live offer of this size may have without the cooperative's approval; null: any. */
  live_cap_max: count.nullish(),
})
export type CooperativeVariant = z.infer<typeof CooperativeVariantSchema>

/** One of the cooperative's products: zh fields as stored, en from the Translation Module. */
export const CooperativeProductSchema = z.object({
  id: z.string(),
  handle: z.string(),
  /** Medusa's product status: draft or published here (an archived product is a draft with archived_at). */
  status: z.string(),
  /** When the cooperative archived it: off the store, search and its page, kept for its orders and ledger. */
  archived_at: z.string().nullable(),
  cold_chain: z.boolean(),
  title_zh: z.string(),
  subtitle_zh: z.string().nullable(),
  description_zh: z.string().nullable(),
  title_en: z.string().nullable(),
  subtitle_en: z.string().nullable(),
  description_en: z.string().nullable(),
  thumbnail: z.string().nullable(),
  /** Photos in display order (File Module URLs); the first is the thumbnail. */
  images: z.array(z.object({ id: z.string(), url: z.string() })),
  category_ids: z.array(z.string()),
  /** The product's own benefit mechanism, overriding the cooperative's; null when it follows the cooperative. */
  benefit_override: z
    .object({
      benefit_mechanisms: z.array(z.string()),
      dividend_bps: z.number().int().nullable(),
      /** null: the cooperative's village collective share applies. */
      collective_bps: z.number().int().nullable().optional(),
    })
    .nullable(),
  variants: z.array(CooperativeVariantSchema),
})
export type CooperativeProduct = z.infer<typeof CooperativeProductSchema>

/** GET /cooperative/products */
export const CooperativeProductListResponseSchema = z.object({
  products: z.array(CooperativeProductSchema),
  ...pageFields,
})
export type CooperativeProductListResponse = z.infer<typeof CooperativeProductListResponseSchema>

/** GET, POST /cooperative/products/:id and POST /cooperative/products */
export const CooperativeProductResponseSchema = z.object({ product: CooperativeProductSchema })
export type CooperativeProductResponse = z.infer<typeof CooperativeProductResponseSchema>

/** The cooperative's sales over its own lines of orders that are not canceled (fen after discounts, no shipping). */
export const CooperativeSalesSchema = z.object({
  orders: count,
  quantity: count,
  quantity_g: medusaGrams,
  sales_fen: fen,
  /** Best-selling first. */
  products: z.array(
    z.object({ product_id: z.string(), title: z.string(), quantity: count, quantity_g: medusaGrams, sales_fen: fen }),
  ),
})
export type CooperativeSales = z.infer<typeof CooperativeSalesSchema>

/** GET /cooperative/sales */
export const CooperativeSalesResponseSchema = z.object({ sales: CooperativeSalesSchema })
export type CooperativeSalesResponse = z.infer<typeof CooperativeSalesResponseSchema>

/** What an upload is for: product photos, certificate documents, the licence at sign-up. */
export const UPLOAD_PURPOSES = ["photo", "document", "licence"] as const
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number]

/** What each purpose accepts (checked on the file's bytes, not its name) and its size limit. */
export const UPLOAD_RULES: Record<UploadPurpose, { mime_types: readonly string[]; max_bytes: number }> = {
  photo: { mime_types: ["image/jpeg", "image/png", "image/webp"], max_bytes: 8 * 1024 * 1024 },
  document: { mime_types: ["application/pdf", "image/jpeg", "image/png"], max_bytes: 10 * 1024 * 1024 },
  licence: { mime_types: ["application/pdf", "image/jpeg", "image/png"], max_bytes: 10 * 1024 * 1024 },
}

/**
 * POST /cooperative/uploads (multipart: one `file`, and `purpose`): stored by Medusa's File Module. A sign-up token
 * (no cooperative yet) may upload only a licence.
 */
export const CooperativeUploadResponseSchema = z.object({
  file: z.object({ id: z.string(), url: z.string(), mime_type: z.string(), size: count }),
})
export type CooperativeUploadResponse = z.infer<typeof CooperativeUploadResponseSchema>
