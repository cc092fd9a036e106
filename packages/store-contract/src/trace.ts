import { z } from "zod"
import { CertificationSchema } from "./cooperative"
import { count, grams, LotCertificateSchema, medusaGrams, RegionNamesSchema } from "./shared"

/** The provenance behind a trace code (一物一码): lot, product, cooperative, village, certificate, counts. */
export const TraceSchema = z.object({
  trace_code: z.string(),
  /** YYYY-MM-DD */
  harvest_date: z.string(),
  quantity_g: grams,
  certificate: LotCertificateSchema.nullable(),
  /** Null when the lot's variant is gone from the catalog. */
  product: z
    .object({
      id: z.string(),
      handle: z.string(),
      title: z.string(),
      thumbnail: z.string().nullable(),
      variant_title: z.string().nullable(),
      weight_g: medusaGrams.nullable(),
    })
    .nullable(),
  cooperative: z.object({ handle: z.string(), name_zh: z.string(), name_en: z.string() }),
  village: z.object({ division_code: z.string(), names: RegionNamesSchema.nullable(), label: z.string() }),
  /** How many households supplied the lot: a count, never who they are. */
  contributing_households: count,
  /** The lot's certificates and its product's, each with its validity (expired) and the operator's check. */
  certifications: z.array(CertificationSchema),
})
export type Trace = z.infer<typeof TraceSchema>

/** GET /store/trace/:code */
export const TraceResponseSchema = z.object({ trace: TraceSchema })
export type TraceResponse = z.infer<typeof TraceResponseSchema>
