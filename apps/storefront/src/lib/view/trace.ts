// GET /store/trace/:code (一物一码) as the trace page renders it: a lot, where it came from, how many households.
import type { Certification, Trace } from "@fengshou/store-contract"
import type { Locale } from "@/i18n/routing"
import { localized, regionNames, toCertificationView, type CertificationView } from "./cooperative"
import { formatWeight, type WeightView } from "./weight"

/** The fields printed on a 承诺达标合格证. */
export type CertificateView = { product: string; quantity: string; producer: string; origin: string; date: string }

export type TraceView = {
  code: string
  harvestDate: string
  quantity: WeightView | null
  product: { handle: string; title: string; size: string | null; thumbnail: string | null } | null
  cooperative: { handle: string; name: string }
  village: string | null
  region: string[]
  certificate: CertificateView | null
  /** The lot's own certificates and its product's, with validity. */
  certifications: CertificationView[]
  contributingHouseholds: number
}

// Crockford base32, 16 characters: the backend's trace code alphabet (no I, L, O, U).
const TRACE_CODE = /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{16}$/

/** The code as the backend stores it (upper case), or null when it cannot be a trace code at all. */
export function normalizeTraceCode(raw: string): string | null {
  const code = raw.trim().toUpperCase()
  return TRACE_CODE.test(code) ? code : null
}

const CERTIFICATE_FIELDS = ["product", "quantity", "producer", "origin", "date"] as const

function toCertificate(value: unknown): CertificateView | null {
  if (typeof value !== "object" || value === null) return null
  const record = value as Record<string, unknown>
  if (!CERTIFICATE_FIELDS.every((field) => typeof record[field] === "string")) return null
  return Object.fromEntries(CERTIFICATE_FIELDS.map((field) => [field, record[field]])) as CertificateView
}

export function toTraceView(trace: Trace & { certifications?: Certification[] }, locale: Locale): TraceView {
  const grams = Number.isSafeInteger(trace.quantity_g) && trace.quantity_g > 0 ? trace.quantity_g : null
  return {
    code: trace.trace_code,
    harvestDate: trace.harvest_date,
    quantity: grams ? formatWeight(grams, locale) : null,
    product: trace.product
      ? {
          handle: trace.product.handle,
          title: trace.product.title,
          size: trace.product.variant_title || null,
          thumbnail: trace.product.thumbnail || null,
        }
      : null,
    cooperative: {
      handle: trace.cooperative.handle,
      name: localized(trace.cooperative.name_zh, trace.cooperative.name_en, locale),
    },
    village: trace.village.names?.village ?? null,
    region: regionNames(trace.village.names),
    certificate: toCertificate(trace.certificate),
    certifications: (trace.certifications ?? []).map((c) => toCertificationView(c, locale)),
    contributingHouseholds: Math.max(0, Math.trunc(trace.contributing_households) || 0),
  }
}
