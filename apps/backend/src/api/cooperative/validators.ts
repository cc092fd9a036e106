import { z } from "zod"
import { HOUSEHOLD_STATUSES } from "@fengshou/relief-core"
import {
  CancelOrderBodySchema,
  CarrierCodeSchema,
  CooperativeOrderFilterSchema,
  ReceiveReturnBodySchema,
  RefundReturnBodySchema,
} from "@fengshou/store-contract"
import { CERTIFICATION_KINDS } from "../../modules/cooperative/models/certification"
import { PORTAL_LANGS } from "../../queries/cooperative/line-titles"
import { calendarDate, count, creditCode, divisionCode, fen, grams, handle, listQuery, text } from "../utils/fields"

// Request schemas of the cooperative portal. Medusa makes every object schema strict, so a body or query
// naming a field that is not here (cooperative_id, say) is a 400, never silently used.

const benefit = {
  benefit_mechanisms: z
    .array(z.enum(["supply", "dividend"]))
    .min(1, { message: "benefit_mechanisms needs supply, dividend or both" }),
  dividend_bps: count("dividend_bps", 0, 10_000).nullish(),
  /** 村集体分成: the village collective's share of net sales, whatever the mechanisms; null or 0 for none. */
  collective_bps: count("collective_bps", 0, 10_000).nullish(),
}
const dividendNeedsShare = (b: { benefit_mechanisms?: string[]; dividend_bps?: number | null }) =>
  !b.benefit_mechanisms?.includes("dividend") || typeof b.dividend_bps === "number"
const DIVIDEND_MESSAGE = {
  message: "dividend_bps (0–10000 basis points of net sales) is required with the dividend mechanism",
  path: ["dividend_bps"],
}

const profile = {
  name_zh: text("name_zh", 100),
  name_en: text("name_en", 150),
  credit_code: creditCode,
  division_code: divisionCode("division_code"),
  story_zh: z.string().max(5000).nullish(),
  story_en: z.string().max(8000).nullish(),
  ...benefit,
}

// Upload the licence first (POST /cooperative/uploads, purpose licence); the workflow checks the URL is one of ours.
const licenceUrl = z.url({
  message: "licence_url must be the URL POST /cooperative/uploads returned for the business licence (purpose licence)",
})

export const RegisterCooperative = z
  .object({ handle, ...profile, licence_url: licenceUrl, staff_name: text("staff_name", 50) })
  .refine(dividendNeedsShare, DIVIDEND_MESSAGE)
export type RegisterCooperativeBody = z.infer<typeof RegisterCooperative>

export const UpdateCooperativeProfile = z
  .object({ ...profile, licence_url: licenceUrl })
  .partial()
  .refine(dividendNeedsShare, DIVIDEND_MESSAGE)
export type UpdateCooperativeProfileBody = z.infer<typeof UpdateCooperativeProfile>

// A certificate covers one product or one lot of the caller's (or, with neither, the whole cooperative).
export const CreateCertification = z
  .object({
    kind: z.enum([...CERTIFICATION_KINDS]),
    title_zh: text("title_zh"),
    title_en: z.string().max(200).nullish(),
    issuer: z.string().max(200).nullish(),
    number: z.string().max(100).nullish(),
    issued_on: calendarDate("issued_on").nullish(),
    expires_on: calendarDate("expires_on").nullish(),
    document_url: z.url({ message: "document_url must be a URL" }).nullish(),
    test_report_url: z.url({ message: "test_report_url must be a URL" }).nullish(),
    product_id: text("product_id", 64).nullish(),
    lot_id: text("lot_id", 64).nullish(),
  })
  .refine((c) => !(c.product_id && c.lot_id), {
    message: "name product_id or lot_id, not both: a lot's certificate already shows on its product",
    path: ["lot_id"],
  })
  .refine((c) => !c.issued_on || !c.expires_on || c.issued_on <= c.expires_on, {
    message: "expires_on must be on or after issued_on; check the dates on the certificate",
    path: ["expires_on"],
  })
export type CreateCertificationBody = z.infer<typeof CreateCertification>

const householdCode = z.string().regex(/^[A-Z][A-Z0-9]{0,5}-\d{3,5}$/, {
  message: "code must be a pseudonymous code like XD-001 (capital letters, a hyphen, 3–5 digits), never a name",
})
// GB 11643: the 18th character is the ISO 7064 MOD 11-2 check of the first 17 digits.
function residentIdChecksumHolds(id: string) {
  if (!/^\d{17}[\dXx]$/.test(id)) return true // the regex reports this one
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = weights.reduce((acc, w, i) => acc + w * Number(id[i]), 0)
  return "10X98765432"[sum % 11] === id[17]!.toUpperCase()
}
const idNumber = z
  .string()
  .trim()
  .regex(/^\d{17}[\dXx]$/, { message: "id_number must be an 18-character resident ID number" })
  .refine(residentIdChecksumHolds, {
    message: "id_number's last character does not match its checksum; check the digits",
  })
const household = {
  code: householdCode,
  size: count("size", 1, 30),
  status: z.enum([...HOUSEHOLD_STATUSES]),
  village_code: divisionCode("village_code"),
  share_weight: count("share_weight", 0, 1_000_000).default(1),
  name: z.string().trim().min(1).max(50).nullish(),
  id_number: idNumber.nullish(),
}
export const CreateHousehold = z.object(household)
export type CreateHouseholdBody = z.infer<typeof CreateHousehold>
export const UpdateHousehold = z.object({ ...household, share_weight: count("share_weight", 0, 1_000_000) }).partial()
export type UpdateHouseholdBody = z.infer<typeof UpdateHousehold>

export const Contribution = z.object({
  household_id: text("household_id", 64),
  quantity_g: grams("quantity_g"),
  farmgate_fen_per_kg: fen("farmgate_fen_per_kg"),
})
export type ContributionBody = z.infer<typeof Contribution>

export const CreateLot = z.object({
  variant_id: text("variant_id", 64),
  harvest_date: calendarDate("harvest_date"),
  quantity_g: grams("quantity_g"),
  certificate: z
    .object({
      product: text("certificate.product"),
      quantity: text("certificate.quantity", 50),
      producer: text("certificate.producer"),
      origin: text("certificate.origin"),
      date: calendarDate("certificate.date"),
    })
    .partial()
    .optional(),
  contributions: z.array(Contribution).max(500).default([]),
})
export type CreateLotBody = z.infer<typeof CreateLot>

export const AddContributions = z.object({ contributions: z.array(Contribution).min(1).max(500) })
export type AddContributionsBody = z.infer<typeof AddContributions>

export const ListHouseholds = z.object({ ...listQuery, status: z.enum([...HOUSEHOLD_STATUSES]).optional() })
export const ListLots = z.object({ ...listQuery, variant_id: z.string().optional(), product_id: z.string().optional() })
export const ListPaged = z.object(listQuery)

export const FulfillItems = z.object({
  items: z
    .array(z.object({ id: text("items.id", 64), quantity: count("items.quantity", 1, 100_000) }))
    .min(1, { message: "items needs at least one of your order lines" }),
  // One of the fixed carriers; the code is stored on the fulfilment and the name shown from CARRIERS.
  carrier: CarrierCodeSchema,
  tracking_number: text("tracking_number", 64),
  tracking_url: z.url({ message: "tracking_url must be a URL" }).nullish(),
})
export type FulfillItemsBody = z.infer<typeof FulfillItems>

// The portal's language for line titles (#15): zh as stored, en translated.
const portalLang = z.enum(PORTAL_LANGS, { message: `lang must be one of ${PORTAL_LANGS.join(", ")}` }).default("zh")
export const ListOwnOrders = z.object({
  ...listQuery,
  status: CooperativeOrderFilterSchema.default("to_ship"),
  q: z.string().trim().max(64, { message: "q must be at most 64 characters" }).optional(),
  lang: portalLang,
})
export type ListOwnOrdersQuery = z.infer<typeof ListOwnOrders>

export const CancelOrder = CancelOrderBodySchema
export type CancelOrderBody = z.infer<typeof CancelOrder>

export const RETURN_FILTERS = ["requested", "received", "refunded", "all"] as const
export const ListOwnReturns = z.object({
  ...listQuery,
  status: z.enum(RETURN_FILTERS).default("all"),
  lang: portalLang,
})
export type ListOwnReturnsQuery = z.infer<typeof ListOwnReturns>

export const ReceiveReturn = ReceiveReturnBodySchema
export type ReceiveReturnBody = z.infer<typeof ReceiveReturn>
export const RefundReturn = RefundReturnBodySchema
export type RefundReturnBody = z.infer<typeof RefundReturn>
