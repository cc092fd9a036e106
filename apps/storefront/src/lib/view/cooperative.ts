// Public cooperative payloads (GET /store/cooperatives…, product.cooperative) as the pages render them.
// The API carries counts only; nothing here can hold a household's identity.
import type {
  Certification,
  ProductCooperative,
  RegionNames,
  StoreCooperative,
  StoreCooperativePage,
} from "@fengshou/store-contract"
import type { Locale } from "@/i18n/routing"

export type BenefitMechanism = "supply" | "dividend"

// The backend's certification kinds (cooperative module); messages "cooperatives.kind.*" name each.
const KINDS = [
  "organic",
  "organic_conversion",
  "green_food",
  "geographic_indication",
  "selenium_test",
  "trademark",
] as const
export const CERTIFICATION_KINDS = [...KINDS, "other"] as const
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number]

export type CertificationView = {
  id: string
  /** A kind this storefront does not know yet reads as "other". */
  kind: CertificationKind
  title: string
  issuer: string | null
  number: string | null
  issuedOn: string | null
  expiresOn: string | null
  documentUrl: string | null
  testReportUrl: string | null
  /** expires_on is before today in China time (the backend decides, so every page agrees). */
  expired: boolean
  /** The operator checked it with the issuer (已核验); otherwise it is the cooperative's own word. */
  verified: boolean
  /** What it covers: one lot, one product, or the whole cooperative. */
  scope: "lot" | "product" | "cooperative"
}

export type CooperativeCardView = {
  handle: string
  name: string
  /** Province → village, without the placeholder levels 市辖区 and 县. */
  region: string[]
  village: string | null
  households: number
  householdsSupported: number
  personsSupported: number
  certifications: CertificationView[]
}

export type CooperativeView = CooperativeCardView & {
  story: string | null
  benefitMechanisms: BenefitMechanism[]
  products: { id: string; handle: string; title: string; thumbnail: string | null }[]
}

export type ProvenanceView = { handle: string; name: string; village: string | null; region: string[] }

const PLACEHOLDER_LEVELS = new Set(["市辖区", "县"])

export function regionNames(region: RegionNames | null | undefined): string[] {
  if (!region) return []
  return [region.province, region.city, region.county, region.township, region.village].filter(
    (name): name is string => Boolean(name) && !PLACEHOLDER_LEVELS.has(name as string),
  )
}

/** English text when the page is English and a translation exists, the Chinese original otherwise. */
export function localized(zh: string, en: string | null | undefined, locale: Locale): string
export function localized(zh: string | null, en: string | null | undefined, locale: Locale): string | null
export function localized(zh: string | null, en: string | null | undefined, locale: Locale): string | null {
  return locale === "en" && en ? en : zh || null
}

const count = (value: unknown) => (typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : 0)

export function toCertificationView(cert: Certification, locale: Locale): CertificationView {
  return {
    id: cert.id,
    kind: (CERTIFICATION_KINDS as readonly string[]).includes(cert.kind) ? (cert.kind as CertificationKind) : "other",
    title: localized(cert.title_zh, cert.title_en, locale),
    issuer: cert.issuer || null,
    number: cert.number || null,
    issuedOn: cert.issued_on || null,
    expiresOn: cert.expires_on || null,
    documentUrl: safeUrl(cert.document_url),
    testReportUrl: safeUrl(cert.test_report_url),
    expired: cert.expired,
    verified: Boolean(cert.verified_at),
    scope: cert.lot_id ? "lot" : cert.product_id ? "product" : "cooperative",
  }
}

// Cooperatives type these links themselves; only http(s) may become an href.
function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null
}

export function toCooperativeCard(coop: StoreCooperative, locale: Locale): CooperativeCardView {
  return {
    handle: coop.handle,
    name: localized(coop.name_zh, coop.name_en, locale),
    region: regionNames(coop.region),
    village: coop.region?.village ?? null,
    households: count(coop.households),
    householdsSupported: count(coop.households_supported),
    personsSupported: count(coop.persons_supported),
    certifications: coop.certifications.map((cert) => toCertificationView(cert, locale)),
  }
}

export function toCooperativeView(coop: StoreCooperativePage, locale: Locale): CooperativeView {
  return {
    ...toCooperativeCard(coop, locale),
    story: localized(coop.story_zh, coop.story_en, locale),
    benefitMechanisms: coop.benefit_mechanisms.filter((m): m is BenefitMechanism => m === "supply" || m === "dividend"),
    products: coop.products.map((p) => ({
      id: p.id,
      handle: p.handle,
      title: localized(p.title, p.title_en, locale),
      thumbnail: p.thumbnail || null,
    })),
  }
}

export function toProvenance(coop: ProductCooperative | null | undefined, locale: Locale): ProvenanceView | null {
  if (!coop?.handle) return null
  return {
    handle: coop.handle,
    name: localized(coop.name_zh, coop.name_en, locale),
    village: coop.region?.village ?? null,
    region: regionNames(coop.region),
  }
}
