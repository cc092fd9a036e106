import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getPathname } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { listCategories } from "@/lib/data/categories"
import { listCooperatives } from "@/lib/data/cooperatives"
import { listProducts } from "@/lib/data/products"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { applyListing, parseListingParams } from "@/lib/view/listing"
import { certificationsByCooperative, originOptions } from "@/lib/view/listing-origin"
import { CatalogUnavailable } from "@/modules/common/components/shop-unavailable"
import { ListingTemplate } from "@/modules/listing/templates/listing-template"

// Served whole from Next's cache (src/lib/security-headers.ts, isCachedCatalogPath): rendered on its first visit,
// then again when the backend's revalidate hook expires its tags or after its reads' 60 s.
export const dynamic = "force-static"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function loadCategories(params: Props["params"]) {
  const [locale, { handle }] = await Promise.all([resolveLocale(params), params])
  const found = await unlessUnavailable(listCategories(locale))
  // null: the backend is unavailable (the page says so); an unknown handle leaves `category` undefined.
  const categories = found === UNAVAILABLE ? null : found
  return { locale, handle, categories, category: categories?.find((c) => c.handle === handle) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category } = await loadCategories(params)
  return category ? { title: category.name } : {}
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale, handle, categories, category } = await loadCategories(params)
  if (!categories) return <CatalogUnavailable />
  if (!category) notFound()
  const data = await unlessUnavailable(
    Promise.all([listProducts(locale, { categoryId: category.id }), listCooperatives(locale).catch(() => [])]),
  )
  if (data === UNAVAILABLE) return <CatalogUnavailable />
  const [products, cooperatives] = data
  const listing = parseListingParams(await searchParams)
  const certs = certificationsByCooperative(cooperatives)
  return (
    <ListingTemplate
      title={category.name}
      categories={categories}
      activeHandle={handle}
      params={listing}
      action={getPathname({ href: `/categories/${handle}`, locale })}
      products={applyListing(products, listing, certs)}
      options={originOptions(products, certs)}
    />
  )
}
