// The portal's forms, validated with the same schemas in the browser and in the server actions. Each schema
// turns the clerk's strings into the backend's body: whole grams, integer fen, ISO dates. Messages are keys of
// `portal.errors` so the clerk reads them in their language.
import { z } from "zod"
import { errorsByField } from "@/lib/schemas/field-errors"
import { toFenPerKg, toGrams, WEIGHT_UNITS, yuanTextToFen } from "./units"

export const COOPERATIVE_FIELD_ERRORS = [
  "required",
  "tooLong",
  "emailInvalid",
  "grams",
  "money",
  "date",
  "householdCode",
  "idNumber",
  "idNumberTaken",
  "harvestWindow",
  "size",
  "villageCode",
  "stock",
  "stockBelowReserved",
  "weightSold",
  "householdRepeated",
  "householdUnknown",
  "exceedsLot",
  "codeTaken",
  "villageUnknown",
] as const
export type CooperativeFieldError = (typeof COOPERATIVE_FIELD_ERRORS)[number]

const required = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong")
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => v || undefined)
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "date")
const unit = z.enum(WEIGHT_UNITS)
// Checked per field so every error shows at once; whole grams in 斤 is checked again once the unit is known.
const amount = z.string().refine((v) => toGrams(v, "kg") !== null, "grams")
const money = z.string().refine((v) => yuanTextToFen(v) !== null, "money")

const grams = (quantity: string, u: (typeof WEIGHT_UNITS)[number], ctx: z.RefinementCtx) => {
  const g = toGrams(quantity, u)
  if (g === null) ctx.addIssue({ code: "custom", path: ["quantity"], message: "grams" })
  return g ?? 0
}

export const lotSchema = z
  .object({
    variantId: required(64),
    harvestDate: isoDate,
    quantity: amount,
    unit,
    certProduct: optional(200),
    certProducer: optional(200),
    certOrigin: optional(200),
  })
  .transform((v, ctx) => {
    const quantity_g = grams(v.quantity, v.unit, ctx)
    const quantity = `${v.quantity.trim()} ${v.unit === "jin" ? "斤" : "kg"}`
    const certificate = {
      product: v.certProduct,
      producer: v.certProducer,
      origin: v.certOrigin,
      date: v.harvestDate,
      quantity,
    }
    return { variant_id: v.variantId, harvest_date: v.harvestDate, quantity_g, certificate }
  })

export const contributionSchema = z
  .object({ lotId: required(64), householdId: required(64), quantity: amount, unit, price: money, priceUnit: unit })
  .transform((v, ctx) => {
    const quantity_g = grams(v.quantity, v.unit, ctx)
    const fen = toFenPerKg(v.price, v.priceUnit)
    if (fen === null) ctx.addIssue({ code: "custom", path: ["price"], message: "money" })
    return { lotId: v.lotId, contribution: { household_id: v.householdId, quantity_g, farmgate_fen_per_kg: fen ?? 0 } }
  })

export const HOUSEHOLD_STATUSES = ["registered_poor", "monitored", "member"] as const

export const householdSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z][A-Z0-9]{0,5}-\d{3,5}$/, "householdCode"),
    size: z
      .string()
      .regex(/^\d{1,2}$/, "size")
      .refine((v) => Number(v) >= 1 && Number(v) <= 30, "size"),
    status: z.enum(HOUSEHOLD_STATUSES, "required"),
    villageCode: z
      .string()
      .trim()
      .regex(/^\d{12}$/, "villageCode"),
    name: optional(50),
    idNumber: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined)
      .refine((v) => v === undefined || /^\d{17}[\dXx]$/.test(v), "idNumber"),
  })
  .transform((v) => ({
    code: v.code,
    size: Number(v.size),
    status: v.status,
    village_code: v.villageCode,
    name: v.name ?? null,
    id_number: v.idNumber ? v.idNumber.toUpperCase() : null,
  }))

const residentId = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .refine((v) => v === undefined || /^\d{17}[\dXx]$/.test(v), "idNumber")

/** The household page's edit: persons, status, and a name or ID number to set (blank leaves them as they are). */
export const householdEditSchema = z
  .object({
    householdId: required(64),
    size: z
      .string()
      .regex(/^\d{1,2}$/, "size")
      .refine((v) => Number(v) >= 1 && Number(v) <= 30, "size"),
    status: z.enum(HOUSEHOLD_STATUSES, "required"),
    name: optional(50),
    idNumber: residentId,
  })
  .transform((v) => ({
    householdId: v.householdId,
    edit: {
      size: Number(v.size),
      status: v.status,
      name: v.name ?? null,
      id_number: v.idNumber ? v.idNumber.toUpperCase() : null,
    },
  }))

export const variantSchema = z
  .object({
    productId: required(64),
    variantId: required(64),
    price: money,
    stock: z.string().regex(/^\d{1,8}$/, "stock"),
    /** One unit's weight in whole grams, to mend a mistyped one (the backend refuses it once the size has sold). */
    weightG: z
      .string()
      .trim()
      .regex(/^[1-9]\d{0,6}$/, "grams")
      .refine((v) => Number(v) <= 1_000_000, "grams")
      .optional(),
    /** Empty clears the size's low-stock threshold. */
    lowStockThreshold: z
      .string()
      .trim()
      .regex(/^\d{0,8}$/, "stock")
      .optional(),
    /** The lowest live price a host may offer without asking (yuan); empty clears it (then 1 fen). */
    liveFloor: z
      .string()
      .trim()
      .refine((v) => v === "" || yuanTextToFen(v) !== null, "money")
      .optional(),
    /** The largest live stock cap a host may set without asking; empty clears it (any cap). */
    liveCapMax: z
      .string()
      .trim()
      .regex(/^(|[1-9]\d{0,5})$/, "stock")
      .optional(),
  })
  .transform((v, ctx) => {
    const price_fen = yuanTextToFen(v.price)
    if (price_fen === null) ctx.addIssue({ code: "custom", path: ["price"], message: "money" })
    const live_floor_fen = v.liveFloor ? yuanTextToFen(v.liveFloor) : null
    const variant = {
      id: v.variantId,
      price_fen: price_fen ?? 0,
      stock: Number(v.stock),
      ...(v.weightG === undefined ? {} : { weight_g: Number(v.weightG) }),
      ...(v.lowStockThreshold === undefined
        ? {}
        : { low_stock_threshold: v.lowStockThreshold === "" ? null : Number(v.lowStockThreshold) }),
      ...(v.liveFloor === undefined ? {} : { live_floor_fen }),
      ...(v.liveCapMax === undefined ? {} : { live_cap_max: v.liveCapMax === "" ? null : Number(v.liveCapMax) }),
    }
    return { productId: v.productId, variant }
  })

/** Field name → first error key; anything unexpected reads as "required". */
export const cooperativeFieldErrors = (
  issues: { path: PropertyKey[]; message: string }[],
): Record<string, CooperativeFieldError> => errorsByField(COOPERATIVE_FIELD_ERRORS, issues)
