import { z } from "zod"
import { count, pageFields, RegionNamesSchema } from "./shared"

/**
 * A certificate, test report or trademark a cooperative shows buyers. `kind` is one of the cooperative module's
 * kinds (organic, organic_conversion, green_food, geographic_indication, selenium_test, trademark, other); a reader
 * treats a kind it does not know as "other". Dates are calendar dates (YYYY-MM-DD) as the cooperative typed them.
 */
export const CertificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title_zh: z.string(),
  title_en: z.string().nullable(),
  issuer: z.string().nullable(),
  number: z.string().nullable(),
  issued_on: z.string().nullable(),
  expires_on: z.string().nullable(),
  document_url: z.string().nullable(),
  test_report_url: z.string().nullable(),
  /** The product or lot it covers; both null: the whole cooperative. */
  product_id: z.string().nullable(),
  lot_id: z.string().nullable(),
  /** expires_on is before today in China time (the day it names is still valid). */
  expired: z.boolean(),
  /** When the operator checked it against the issuer (核验); null: self-declared. */
  verified_at: z.string().nullable(),
})
export type Certification = z.infer<typeof CertificationSchema>

/** The fields of a cooperative that both shoppers and its own staff read. */
export const CooperativeIdentitySchema = z.object({
  id: z.string(),
  handle: z.string(),
  name_zh: z.string(),
  name_en: z.string(),
  credit_code: z.string(),
  division_code: z.string(),
  region: RegionNamesSchema.nullable(),
  story_zh: z.string().nullable(),
  story_en: z.string().nullable(),
  /** "supply" and/or "dividend" (利益联结机制). */
  benefit_mechanisms: z.array(z.string()),
  certifications: z.array(CertificationSchema),
})

/** An approved cooperative as shoppers see it: public fields and counts, never a household. */
export const StoreCooperativeSchema = CooperativeIdentitySchema.extend({
  /** Province down to village, joined with spaces. */
  region_label: z.string(),
  households: count,
  /** 脱贫户 and 监测户 among the members, and their persons. */
  households_supported: count,
  persons_supported: count,
})
export type StoreCooperative = z.infer<typeof StoreCooperativeSchema>

/** GET /store/cooperatives (approved only, by handle). */
export const StoreCooperativeListResponseSchema = z.object({
  cooperatives: z.array(StoreCooperativeSchema),
  ...pageFields,
})
export type StoreCooperativeListResponse = z.infer<typeof StoreCooperativeListResponseSchema>

/** A published product on a cooperative's page; `title_en` from the Translation Module. */
export const StoreCooperativeProductSchema = z.object({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  title_en: z.string().nullable(),
  thumbnail: z.string().nullable(),
})
export type StoreCooperativeProduct = z.infer<typeof StoreCooperativeProductSchema>

/** One cooperative's page: the list's fields and its published products. */
export const StoreCooperativePageSchema = StoreCooperativeSchema.extend({
  products: z.array(StoreCooperativeProductSchema),
})
export type StoreCooperativePage = z.infer<typeof StoreCooperativePageSchema>

/** GET /store/cooperatives/:handle */
export const StoreCooperativePageResponseSchema = z.object({ cooperative: StoreCooperativePageSchema })
export type StoreCooperativePageResponse = z.infer<typeof StoreCooperativePageResponseSchema>

/**
 * `product.cooperative` of Medusa's GET /store/products when asked for `*cooperative` (the link's public fields);
 * the product itself is Medusa's. `id` and `division_code` come only when those fields are asked for.
 */
export const ProductCooperativeSchema = z.object({
  id: z.string().optional(),
  handle: z.string(),
  name_zh: z.string(),
  name_en: z.string(),
  division_code: z.string().nullish(),
  region: RegionNamesSchema.nullable(),
})
export type ProductCooperative = z.infer<typeof ProductCooperativeSchema>
