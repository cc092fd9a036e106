// The host console's forms, validated with the same schemas in the browser and in the server actions. Each turns the
// host's strings into the live contract's bodies: integer fen, whole units, ISO times with China's offset. Messages
// are keys of `host.errors`, so the host reads them in their language.
import {
  LIVE_PLATFORMS,
  type AddSessionProductBody,
  type CreateCartLinkBody,
  type CreateSessionBody,
  type RegisterHostBody,
} from "@fengshou/live-contract"
import { z } from "zod"
import { errorsByField } from "@/lib/schemas/field-errors"
import { yuanTextToFen } from "@/lib/cooperative/units"
import { chinaLocalToIso } from "./datetime"

export const HOST_FIELD_ERRORS = [
  "required",
  "tooLong",
  "emailInvalid",
  "passwordShort",
  "money",
  "cap",
  "limit",
  "quantity",
  "dateTime",
  "platform",
  "noItems",
] as const
export type HostFieldError = (typeof HOST_FIELD_ERRORS)[number]

const required = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong")
const id = required(100)
const email = z.string().trim().toLowerCase().pipe(z.email("emailInvalid"))
const platform = z.enum(LIVE_PLATFORMS, "platform")
const whole = (min: number, max: number, message: HostFieldError) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, message)
    .transform(Number)
    .refine((n) => n >= min && n <= max, message)
const fen = z
  .string()
  .transform((v, ctx) => yuanTextToFen(v) || (ctx.addIssue({ code: "custom", message: "money" }), z.NEVER))
const dateTime = z
  .string()
  .transform((v, ctx) => chinaLocalToIso(v) ?? (ctx.addIssue({ code: "custom", message: "dateTime" }), z.NEVER))

export const hostSignUpSchema = z
  .object({
    email,
    password: z.string().min(8, "passwordShort").max(200, "tooLong"),
    name: required(60),
    platform,
    handle: z.string().trim().max(60, "tooLong"),
  })
  .transform(({ email, password, name, platform, handle }) => {
    const profile: RegisterHostBody = { name, handles: handle ? { [platform]: handle } : {} }
    return { email, password, profile }
  })

export const sessionSchema = z
  .object({ title: required(80), platform, startsAt: dateTime })
  .transform(({ title, platform, startsAt }): CreateSessionBody => ({ title, platform, scheduled_start_at: startsAt }))

const offer = { livePrice: fen, stockCap: whole(1, 100_000, "cap"), perCustomerLimit: whole(1, 99, "limit") }

export const addProductSchema = z
  .object({ sessionId: id, variantId: id, ...offer })
  .transform(({ sessionId, variantId, livePrice, stockCap, perCustomerLimit }) => {
    const body: AddSessionProductBody = {
      variant_id: variantId,
      live_price_fen: livePrice,
      stock_cap: stockCap,
      per_customer_limit: perCustomerLimit,
    }
    return { sessionId, body }
  })

export const updateProductSchema = z
  .object({ sessionId: id, productId: id, ...offer })
  .transform(({ sessionId, productId, livePrice, stockCap, perCustomerLimit }) => ({
    sessionId,
    productId,
    body: { live_price_fen: livePrice, stock_cap: stockCap, per_customer_limit: perCustomerLimit },
  }))

/** A session, or one of its products, named by the buttons (start, end, remove). */
export const sessionRefSchema = z.object({ sessionId: id, productId: id.optional() })

/** Link form: `qty:<session product id>` per product; 0 or blank leaves it out. */
export const QTY_PREFIX = "qty:"
export const linkSchema = z
  .object({ sessionId: id })
  .catchall(z.string())
  .transform(({ sessionId, ...fields }, ctx) => {
    const items: CreateCartLinkBody["items"] = []
    for (const [name, value] of Object.entries(fields)) {
      if (!name.startsWith(QTY_PREFIX) || value.trim() === "" || value.trim() === "0") continue
      const quantity = /^\d{1,2}$/.test(value.trim()) ? Number(value) : NaN
      if (!(quantity >= 1 && quantity <= 99)) ctx.addIssue({ code: "custom", path: [name], message: "quantity" })
      else items.push({ session_product_id: name.slice(QTY_PREFIX.length), quantity })
    }
    if (items.length === 0) ctx.addIssue({ code: "custom", path: ["items"], message: "noItems" })
    return { sessionId, body: { items } satisfies CreateCartLinkBody }
  })

/** Field name → first error key; anything unexpected reads as "required". */
export const hostFieldErrors = (issues: { path: PropertyKey[]; message: string }[]): Record<string, HostFieldError> =>
  errorsByField(HOST_FIELD_ERRORS, issues)
