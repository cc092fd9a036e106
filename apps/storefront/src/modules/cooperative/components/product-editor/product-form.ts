// The product editor's fields (flat strings, as FormData gives them) turned into the backend's body: integer fen,
// integer grams, basis points. The same schema runs in the browser and in the server action; its messages are keys
// of `productEditor.errors`, each issue on the field's own name so the error sits under that field.
import { z } from "zod"
import { toGrams, yuanTextToFen } from "@/lib/cooperative/units"

export const PRODUCT_FIELD_ERRORS = [
  "required",
  "tooLong",
  "weight",
  "money",
  "stock",
  "percent",
  "sizeNeeded",
  "sizeRepeated",
  "mechanismNeeded",
] as const
export type ProductFieldError = (typeof PRODUCT_FIELD_ERRORS)[number]

export const SIZE_WEIGHT_UNITS = ["kg", "g"] as const
export type SizeWeightUnit = (typeof SIZE_WEIGHT_UNITS)[number]
export const MAX_SIZES = 20
export const MAX_PHOTOS = 10

/** "2.5" kg → 2500, "500" g → 500: whole grams only (null otherwise), at most a tonne per unit sold. */
export function weightToGrams(text: string, unit: SizeWeightUnit): number | null {
  const grams = unit === "kg" ? toGrams(text, "kg") : /^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : null
  return grams !== null && grams > 0 && grams <= 1_000_000 ? grams : null
}

/** "12.5" % → 1250 basis points; null unless 0–100 with at most two decimals. */
export function percentToBps(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim())
  if (!match) return null
  const bps = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"))
  return bps <= 10_000 ? bps : null
}

/** Basis points back to the percent the clerk typed: 1250 → "12.5". */
export const bpsToPercent = (bps: number) => String(bps / 100)

type Ctx = z.RefinementCtx
const issue = (ctx: Ctx, field: string, message: ProductFieldError) =>
  ctx.addIssue({ code: "custom", path: [field], message })

function text(v: Record<string, string>, ctx: Ctx, field: string, max: number, required: boolean): string | null {
  const value = (v[field] ?? "").trim()
  if (required && !value) issue(ctx, field, "required")
  if (value.length > max) issue(ctx, field, "tooLong")
  return value || null
}

/** Indexes of repeated rows (`new.0.title`, `new.1.title`, …) in the order the form lists them. */
const rows = (v: Record<string, string>, prefix: string) =>
  [...new Set(Object.keys(v).flatMap((k) => (k.startsWith(`${prefix}.`) ? [k.split(".")[1]!] : [])))].sort(
    (a, b) => Number(a) - Number(b),
  )

function price(v: Record<string, string>, ctx: Ctx, field: string): number {
  const fen = yuanTextToFen(v[field] ?? "")
  if (fen === null) issue(ctx, field, v[field]?.trim() ? "money" : "required")
  return fen ?? 0
}

function stock(v: Record<string, string>, ctx: Ctx, field: string): number {
  const value = (v[field] ?? "").trim()
  if (!/^\d{1,8}$/.test(value)) issue(ctx, field, "stock")
  return Number(value) || 0
}

function sizeTitle(v: Record<string, string>, ctx: Ctx, field: string, seen: Set<string>): string {
  const title = text(v, ctx, field, 50, true) ?? ""
  if (title && seen.has(title)) issue(ctx, field, "sizeRepeated")
  seen.add(title)
  return title
}

function benefit(v: Record<string, string>, ctx: Ctx) {
  if (v.benefit !== "own") return null
  const mechanisms = (["supply", "dividend"] as const).filter((m) => v[m] === "on")
  if (!mechanisms.length) issue(ctx, "supply", "mechanismNeeded")
  const dividendText = (v.dividendPercent ?? "").trim()
  const dividend_bps = v.dividend === "on" || dividendText ? percentToBps(dividendText) : null
  if (v.dividend === "on" && dividend_bps === null) issue(ctx, "dividendPercent", "percent")
  const collectiveText = (v.collectivePercent ?? "").trim()
  const collective_bps = collectiveText ? percentToBps(collectiveText) : null
  if (collectiveText && collective_bps === null) issue(ctx, "collectivePercent", "percent")
  return { benefit_mechanisms: mechanisms, dividend_bps, collective_bps }
}

/**
 * New product (`variants`) or an edit (`variants` with ids, plus `new_variants`); `status` comes from the button the
 * clerk pressed (draft or published) and is absent when an edit keeps the product's status.
 */
export const productFormSchema = z.record(z.string(), z.string()).transform((v, ctx) => {
  const seen = new Set<string>()
  const existing = rows(v, "size").map((i) => ({
    id: v[`size.${i}.id`] ?? "",
    title: sizeTitle(v, ctx, `size.${i}.title`, seen),
    price_fen: price(v, ctx, `size.${i}.price`),
    stock: stock(v, ctx, `size.${i}.stock`),
  }))
  const added = rows(v, "new").map((i) => {
    const unit = v[`new.${i}.unit`] === "g" ? "g" : "kg"
    const weight_g = weightToGrams(v[`new.${i}.weight`] ?? "", unit)
    if (weight_g === null) issue(ctx, `new.${i}.weight`, v[`new.${i}.weight`]?.trim() ? "weight" : "required")
    return {
      title: sizeTitle(v, ctx, `new.${i}.title`, seen),
      weight_g: weight_g ?? 0,
      price_fen: price(v, ctx, `new.${i}.price`),
      stock: stock(v, ctx, `new.${i}.stock`),
    }
  })
  if (!existing.length && !added.length) issue(ctx, "sizes", "sizeNeeded")
  if (existing.length + added.length > MAX_SIZES) issue(ctx, "sizes", "tooLong")
  const images = rows(v, "image").flatMap((i) => (v[`image.${i}`] ? [v[`image.${i}`]!] : []))
  if (images.length > MAX_PHOTOS) issue(ctx, "photos", "tooLong")
  return {
    productId: v.productId || null,
    body: {
      title_zh: text(v, ctx, "titleZh", 200, true) ?? "",
      title_en: text(v, ctx, "titleEn", 200, true) ?? "",
      description_zh: text(v, ctx, "descriptionZh", 5000, false),
      description_en: text(v, ctx, "descriptionEn", 8000, false),
      category_id: v.categoryId || null,
      cold_chain: v.coldChain === "on",
      images,
      benefit_override: benefit(v, ctx),
      ...(v.status === "draft" || v.status === "published" ? { status: v.status } : {}),
      // An edit sends added sizes apart, and only when there are some (the backend wants at least one there).
      ...(v.productId ? { variants: existing, ...(added.length ? { new_variants: added } : {}) } : { variants: added }),
    },
  }
})
export type ProductForm = z.output<typeof productFormSchema>

/** Publish (published), unpublish or restore (draft), archive (archived). */
export const productStatusSchema = z.object({
  productId: z.string().trim().min(1, "required").max(64, "tooLong"),
  status: z.enum(["draft", "published", "archived"]),
})
