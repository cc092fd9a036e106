// The sign-up form's rules, the same in the browser (live errors) and in the route handler (the truth before the
// backend): field names are the form's, error values are message keys of the `cooperativeSignUp.errors` namespace.
import { creditCodeCheckChar, normalizeCreditCode } from "@fengshou/relief-core"
import { UPLOAD_RULES } from "@fengshou/store-contract"
import { z } from "zod"

/** What POST /api/cooperative/register answers: keys of `cooperativeSignUp.errors`, or the backend's sentence. */
export type SignUpAnswer =
  { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string>; detail?: string }

export const LICENCE_RULE = UPLOAD_RULES.licence
export const LICENCE_MB = LICENCE_RULE.max_bytes / 1024 / 1024

const CREDIT_SHAPE = /^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/

/**
 * What the credit-code field says while the clerk types: nothing yet, a shape problem, the check character the
 * first 17 call for (GB 32100-2015, computed by relief-core as the backend does), or ok.
 */
export type CreditCodeCheck =
  { state: "empty" } | { state: "shape"; count: number } | { state: "check"; expected: string } | { state: "ok" }

export function checkCreditCode(input: string): CreditCodeCheck {
  const code = normalizeCreditCode(input)
  if (!code) return { state: "empty" }
  if (!CREDIT_SHAPE.test(code)) return { state: "shape", count: code.length }
  const expected = creditCodeCheckChar(code.slice(0, 17))
  return expected === code.charAt(17) ? { state: "ok" } : { state: "check", expected }
}

const required = z.string().trim().min(1, "required")

/** The cooperative's details, for sign-up and for a correction after a rejection. */
export const cooperativeFieldsSchema = z
  .object({
    name_zh: required.max(100, "invalid"),
    name_en: required.max(150, "invalid"),
    credit_code: z
      .string()
      .transform(normalizeCreditCode)
      .refine((c) => checkCreditCode(c).state === "ok", "creditCode"),
    division_code: z.string().regex(/^\d{12}$/, "division"),
    supply: z.enum(["on", ""]).optional(),
    dividend: z.enum(["on", ""]).optional(),
    dividend_percent: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.supply && !v.dividend) ctx.addIssue({ code: "custom", path: ["benefit"], message: "benefit" })
    if (v.dividend && !percentToBps(v.dividend_percent ?? ""))
      ctx.addIssue({ code: "custom", path: ["dividend_percent"], message: "dividendShare" })
  })

export const signUpSchema = z.intersection(
  cooperativeFieldsSchema,
  z.object({
    email: z.string().trim().email("email"),
    password: z.string().min(8, "password"),
    staff_name: required.max(50, "invalid"),
  }),
)
export type SignUpValues = z.infer<typeof signUpSchema>
export type CooperativeFields = z.infer<typeof cooperativeFieldsSchema>

/** "12.5" → 1250 basis points; null unless 0–100 with at most two decimals. */
export function percentToBps(input: string): number | null {
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(input.trim())) return null
  const bps = Math.round(Number(input) * 100)
  return bps >= 0 && bps <= 10_000 ? bps : null
}

/** The body of POST /cooperative/register or /cooperative/me for these fields. */
export function cooperativeBody(v: CooperativeFields) {
  const benefit_mechanisms = [...(v.supply ? ["supply"] : []), ...(v.dividend ? ["dividend"] : [])]
  return {
    name_zh: v.name_zh,
    name_en: v.name_en,
    credit_code: v.credit_code,
    division_code: v.division_code,
    benefit_mechanisms,
    dividend_bps: v.dividend ? percentToBps(v.dividend_percent ?? "") : null,
  }
}

/** A URL handle from the English name ("Hongqi Millet Co-op" → "hongqi-millet-co-op"), with a suffix on a retry. */
export function handleFrom(nameEn: string, suffix = ""): string {
  const base =
    nameEn
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 48)
      .replace(/-+$/, "") || "cooperative"
  return suffix ? `${base}-${suffix}` : base
}

/** The form's field errors by name (the first issue of each field wins). */
export function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form")
    errors[field] ??= issue.message
  }
  return errors
}

/** The licence's type from its first bytes (what the backend checks too), or null. */
export function sniffLicence(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return "application/pdf"
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg"
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return "image/png"
  return null
}

/** Which form field a backend refusal is about, and the error key to show there. */
export function backendFieldError(message: string): [string, string] | null {
  if (/Identity with email already exists|email .*already/i.test(message)) return ["email", "emailTaken"]
  const taken = /is taken|already registered|already another/i.test(message) ? "taken" : "invalid"
  const field = /^(?:Invalid request: )?(?:Field ')?([a-z_]+)/.exec(message)?.[1]
  if (field === "credit_code") return ["credit_code", taken === "taken" ? "taken" : "creditCode"]
  if (field === "name_zh" || field === "name_en" || field === "staff_name") return [field, taken]
  if (field === "handle") return ["name_en", taken]
  if (field === "division_code") return ["division_code", "division"]
  if (field === "licence_url" || /^file /.test(message)) return ["licence", "licenceType"]
  return null
}
