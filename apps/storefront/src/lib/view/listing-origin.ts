// Province and certification filters for listings (?province=23&cert=organic), derived from the growers of the
// products on the page. They filter the page of products already fetched (at most 100, see lib/data/products.ts);
// a large catalog needs a backend filter (products by cooperative division code / certification kind) instead.
import { CERTIFICATION_KINDS, type CertificationKind, type CooperativeCardView } from "./cooperative"
import type { ProductCardView } from "./product"

export type OriginFilter = { province: string | null; cert: CertificationKind | null }

/** Each cooperative's certification kinds, by handle (from the cooperative list read). */
export type CertificationsByCooperative = ReadonlyMap<string, readonly CertificationKind[]>

export type OriginOptions = { provinces: { code: string; name: string }[]; certifications: CertificationKind[] }

type SearchParams = Record<string, string | string[] | undefined>
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** A province is the two-digit GB/T 2260 prefix; a certification one of the known kinds. Anything else is ignored. */
export function parseOriginFilter(search: SearchParams): OriginFilter {
  const province = first(search.province)?.trim() ?? ""
  const cert = first(search.cert)?.trim() ?? ""
  return {
    province: /^[1-9]\d$/.test(province) ? province : null,
    cert: (CERTIFICATION_KINDS as readonly string[]).includes(cert) ? (cert as CertificationKind) : null,
  }
}

export function certificationsByCooperative(cooperatives: CooperativeCardView[]): CertificationsByCooperative {
  return new Map(cooperatives.map((coop) => [coop.handle, [...new Set(coop.certifications.map((c) => c.kind))]]))
}

export function matchesOrigin(product: ProductCardView, filter: OriginFilter, certs: CertificationsByCooperative) {
  if (filter.province !== null && product.grower?.provinceCode !== filter.province) return false
  if (filter.cert === null) return true
  const kinds = product.grower ? certs.get(product.grower.cooperativeHandle) : undefined
  return kinds?.includes(filter.cert) ?? false
}

/** The provinces and certification kinds the given products' growers have, each once, in a stable order. */
export function originOptions(products: ProductCardView[], certs: CertificationsByCooperative): OriginOptions {
  const provinces = new Map<string, string>()
  const kinds = new Set<CertificationKind>()
  for (const { grower } of products) {
    if (!grower) continue
    if (grower.provinceCode) provinces.set(grower.provinceCode, grower.province ?? grower.provinceCode)
    for (const kind of certs.get(grower.cooperativeHandle) ?? []) kinds.add(kind)
  }
  return {
    provinces: [...provinces].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code)),
    certifications: CERTIFICATION_KINDS.filter((kind) => kinds.has(kind)),
  }
}
