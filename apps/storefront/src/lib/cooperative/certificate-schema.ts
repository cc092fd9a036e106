// The portal's certificate form: what the clerk typed, checked before the backend sees it, with one error key per
// field (messages "certificates.portal.errors.*"). The backend checks the same rules again (and ownership: 404).
import { z } from "zod"
import { CERTIFICATION_KINDS } from "@/lib/view/cooperative"

const DATE = /^\d{4}-\d{2}-\d{2}$/
const isCalendarDate = (v: string) => DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)
// Optional fields may be absent from the form's values (no document chosen): absent reads as empty.
const optionalText = (max: number) =>
  z
    .string()
    .default("")
    .transform((v) => v.trim())
    .pipe(z.string().max(max, { message: "rejected" }))
    .transform((v) => v || undefined)
const optionalDate = z
  .string()
  .default("")
  .transform((v) => v.trim())
  .refine((v) => !v || isCalendarDate(v), { message: "date" })
  .transform((v) => v || undefined)

export type CertificateErrorKey =
  | "subject"
  | "kind"
  | "titleZh"
  | "date"
  | "dateOrder"
  | "fileType"
  | "fileSize"
  | "upload"
  | "signedOut"
  | "notFound"
  | "rejected"
  | "unavailable"

/** `subject` is "product:<id>" or "lot:<id>": a certificate covers exactly one of them. */
export const certificateFormSchema = z
  .object({
    subject: z.string().regex(/^(product|lot):\S+$/, { message: "subject" }),
    kind: z.enum(CERTIFICATION_KINDS, { message: "kind" }),
    titleZh: z.string().trim().min(1, { message: "titleZh" }).max(200, { message: "titleZh" }),
    titleEn: optionalText(200),
    issuer: optionalText(200),
    number: optionalText(100),
    issuedOn: optionalDate,
    expiresOn: optionalDate,
    documentUrl: z
      .string()
      .default("")
      .transform((v) => v.trim())
      .refine((v) => !v || /^https?:\/\//.test(v), { message: "upload" })
      .transform((v) => v || undefined),
  })
  .refine((c) => !c.issuedOn || !c.expiresOn || c.issuedOn <= c.expiresOn, {
    message: "dateOrder",
    path: ["expiresOn"],
  })
  .transform(({ subject, titleZh, titleEn, issuedOn, expiresOn, documentUrl, ...rest }) => {
    const [scope, id] = [subject.slice(0, subject.indexOf(":")), subject.slice(subject.indexOf(":") + 1)]
    return {
      ...(scope === "lot" ? { lot_id: id } : { product_id: id }),
      kind: rest.kind,
      title_zh: titleZh,
      title_en: titleEn,
      issuer: rest.issuer,
      number: rest.number,
      issued_on: issuedOn,
      expires_on: expiresOn,
      document_url: documentUrl,
    }
  })

const FIELD_KEYS = new Set<string>(["subject", "kind", "titleZh", "date", "dateOrder", "upload", "rejected"])

/** The first problem per field, as an error key; a message that is not one of ours reads as "rejected". */
export function certificateFieldErrors(issues: { path: PropertyKey[]; message: string }[]) {
  const errors: Record<string, CertificateErrorKey> = {}
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form")
    errors[field] ??= (FIELD_KEYS.has(issue.message) ? issue.message : "rejected") as CertificateErrorKey
  }
  return errors
}
