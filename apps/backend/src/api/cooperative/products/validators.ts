import { z } from "zod"
import { count, fen, grams, handle, listQuery, text } from "../../utils/fields"
import { isUploadUrl } from "./upload-url"

// Product bodies of the cooperative portal: zh text is stored on the product, en goes to the Translation
// Module; prices are integer fen and weights integer grams, converted once to Medusa's yuan.
const en = {
  title_en: text("title_en"),
  subtitle_en: z.string().max(300).nullish(),
  description_en: z.string().max(8000).nullish(),
}
const zh = {
  title_zh: text("title_zh"),
  subtitle_zh: z.string().max(300).nullish(),
  description_zh: z.string().max(5000).nullish(),
}

const benefitOverride = z
  .object({
    benefit_mechanisms: z
      .array(z.enum(["supply", "dividend"]))
      .min(1, { message: "benefit_mechanisms needs supply, dividend or both" }),
    dividend_bps: count("dividend_bps", 0, 10_000).nullish(),
    /** null: the cooperative's collective share applies; 0: none on this product. */
    collective_bps: count("collective_bps", 0, 10_000).nullish(),
  })
  .refine((b) => !b.benefit_mechanisms.includes("dividend") || typeof b.dividend_bps === "number", {
    message: "benefit_override.dividend_bps (0–10000 basis points) is required with the dividend mechanism",
    path: ["dividend_bps"],
  })
  .nullish()

const newVariant = z.object({
  title: text("variants.title", 50),
  sku: z.string().max(64).nullish(),
  weight_g: grams("weight_g", 1_000_000), // one sellable unit: at most a tonne
  price_fen: fen("price_fen"),
  stock: count("stock", 0, 10_000_000).default(0),
})

/** Photos in display order (URLs from POST /cooperative/uploads); the first is the thumbnail. */
const images = z
  .array(z.url({ protocol: /^https?$/, message: "images holds photo URLs from POST /cooperative/uploads" }))
  // A refine, not .max: Medusa replaces a too_big issue's message with its own.
  .refine((urls) => urls.length <= 10, { message: "images takes at most 10 photos" })
  .refine((urls) => new Set(urls).size === urls.length, { message: "images lists the same photo twice" })
  .refine((urls) => urls.every(isUploadUrl), {
    message: "images may only hold photos uploaded here: upload each with POST /cooperative/uploads (purpose photo)",
  })

const distinctTitles = (variants: { title: string }[]) => new Set(variants.map((v) => v.title)).size === variants.length

export const CreateCooperativeProduct = z
  .object({
    handle: handle.optional(),
    ...zh,
    ...en,
    status: z.enum(["draft", "published"]).default("published"),
    cold_chain: z.boolean().default(false),
    category_id: z.string().nullish(),
    /** Kept for older clients: used only when images is empty. */
    thumbnail: z.url({ message: "thumbnail must be a URL" }).nullish(),
    images: images.default([]),
    variants: z.array(newVariant).min(1, { message: "variants needs at least one size, e.g. 2.5 kg" }).max(20),
    benefit_override: benefitOverride,
  })
  .refine((p) => distinctTitles(p.variants), {
    message: "variant titles must differ (they are the size option's values)",
    path: ["variants"],
  })
export type CreateCooperativeProductBody = z.infer<typeof CreateCooperativeProduct>

export const UpdateCooperativeProduct = z.object({
  ...z.object(zh).partial().shape,
  ...z.object(en).partial().shape,
  /** archived: Medusa draft plus metadata archived_at; draft or published clears archived_at. */
  status: z.enum(["draft", "published", "archived"]).optional(),
  cold_chain: z.boolean().optional(),
  /** null: no category. */
  category_id: z.string().nullish(),
  /** Replaces the photos (order kept, first = thumbnail); [] removes them all. */
  images: images.optional(),
  /** Sizes to add, like create's variants; their titles must differ from the product's sizes. */
  new_variants: z
    .array(newVariant)
    .min(1)
    .max(20)
    .refine(distinctTitles, { message: "new_variants titles must differ (they are the size option's values)" })
    .optional(),
  variants: z
    .array(
      z.object({
        id: text("variants.id", 64),
        title: text("variants.title", 50).optional(),
        price_fen: fen("price_fen").optional(),
        /** One sellable unit's weight, to mend a mistyped one; sales already made keep the grams they were sold at. */
        weight_g: grams("weight_g", 1_000_000).optional(),
        stock: count("stock", 0, 10_000_000).optional(),
        /** Available at or below this shows 库存不足 in the portal; null clears it. */
        low_stock_threshold: count("low_stock_threshold", 0, 10_000_000).nullish(),
        /** The lowest price a live offer of this size may sell at (fen; 0 allows free); null: 1 fen. */
        live_floor_fen: fen("live_floor_fen").nullish(),
        /** The largest stock cap a host's live offer of this size may have without asking; null: any. */
        live_cap_max: count("live_cap_max", 1, 100_000).nullish(),
      }),
    )
    .max(20)
    .optional(),
  benefit_override: benefitOverride,
})
export type UpdateCooperativeProductBody = z.infer<typeof UpdateCooperativeProduct>

export const ListCooperativeProducts = z.object({
  ...listQuery,
  /** true: only archived products; otherwise archived ones are hidden. */
  archived: z
    .enum(["true", "false"], { message: "archived is true or false" })
    .default("false")
    .transform((v) => v === "true"),
})
