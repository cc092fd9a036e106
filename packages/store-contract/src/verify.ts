import { z } from "zod"
import { count } from "./shared"

/** One figure that differs between the issued report and the ledger now (fen, grams or a count). */
export const VerificationDifferenceSchema = z.object({
  /** The figure's name, nested ones dotted: `sales_fen`, `by_status.monitored.persons_benefited`. */
  figure: z.string(),
  /** The row's key (region code, cooperative id, channel, category, month; "uncategorised"); null for the totals. */
  row_key: z.string().nullable(),
  issued: count,
  now: count,
})
export type VerificationDifference = z.infer<typeof VerificationDifferenceSchema>

/** An issued relief report checked against the ledger: who issued it, for what, and whether it still matches. */
export const ReportVerificationSchema = z.object({
  code: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{10}$/),
  /** ISO 8601 instant. */
  issued_at: z.string(),
  organisation: z.string(),
  region: z.string(),
  region_label: z.string(),
  /** YYYY-MM-DD, China time, both inclusive. */
  from: z.string(),
  to: z.string(),
  group_by: z.enum(["region", "cooperative", "channel", "category", "month"]),
  lang: z.enum(["zh", "en"]),
  status: z.enum(["matches", "changed"]),
  differences: z.array(VerificationDifferenceSchema),
})
export type ReportVerification = z.infer<typeof ReportVerificationSchema>

/** GET /relief-verify/:code (public: no key, no sign-in); 404 for a code nobody issued. */
export const ReportVerificationResponseSchema = z.object({ verification: ReportVerificationSchema })
