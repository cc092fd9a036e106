import { z } from "zod"
import { fen, grams, LotCertificateSchema, pageFields } from "./shared"

/** A household's supply to a lot, named by id and pseudonymous code only. */
export const LotContributionSchema = z.object({
  id: z.string(),
  household_id: z.string().nullable(),
  household_code: z.string().nullable(),
  quantity_g: grams,
  farmgate_fen_per_kg: fen,
})
export type LotContribution = z.infer<typeof LotContributionSchema>

/** A harvest lot of one variant, with its public trace code (一物一码) and the contributions to it. */
export const CooperativeLotSchema = z.object({
  id: z.string(),
  trace_code: z.string(),
  product_id: z.string(),
  variant_id: z.string(),
  /** YYYY-MM-DD */
  harvest_date: z.string(),
  quantity_g: grams,
  certificate: LotCertificateSchema.nullable(),
  /** The contributions' grams summed. */
  contributed_g: grams,
  contributions: z.array(LotContributionSchema),
  created_at: z.string().optional(),
})
export type CooperativeLot = z.infer<typeof CooperativeLotSchema>

/** GET /cooperative/lots (newest first) */
export const CooperativeLotListResponseSchema = z.object({ lots: z.array(CooperativeLotSchema), ...pageFields })
export type CooperativeLotListResponse = z.infer<typeof CooperativeLotListResponseSchema>

/** GET /cooperative/lots/:id, POST /cooperative/lots and POST /cooperative/lots/:id/contributions */
export const CooperativeLotResponseSchema = z.object({ lot: CooperativeLotSchema })
export type CooperativeLotResponse = z.infer<typeof CooperativeLotResponseSchema>
