// The lookup form checks with the backend's own schema (OrderLookupBodySchema), after reading the mobile the way
// checkout does ("+86 138-0013-8000", full-width digits); the contract's two messages become keys the page translates.
import { OrderLookupBodySchema } from "@fengshou/store-contract"
import { z } from "zod"
import { normalizeMobile } from "@/lib/schemas/phone"

const withMobile = (values: unknown) => {
  if (typeof values !== "object" || values === null) return values
  const { phone } = values as { phone?: unknown }
  return typeof phone === "string" ? { ...values, phone: normalizeMobile(phone.trim()) } : values
}

export const lookupSchema = z.preprocess(withMobile, OrderLookupBodySchema)

/** The contract's messages and the keys the page shows them by. */
export const LOOKUP_MESSAGES = {
  "display_id must be the order number": "orderNumber",
  "phone must be the 11-digit mobile number the order ships to": "phone",
} as const
export const LOOKUP_FIELD_ERRORS = Object.keys(LOOKUP_MESSAGES) as (keyof typeof LOOKUP_MESSAGES)[]
export type LookupFieldError = (typeof LOOKUP_FIELD_ERRORS)[number]

/** The translation key of a field error (a contract message, or "required" for anything else). */
export const lookupErrorKey = (message: string): "orderNumber" | "phone" | "required" =>
  LOOKUP_MESSAGES[message as LookupFieldError] ?? "required"
