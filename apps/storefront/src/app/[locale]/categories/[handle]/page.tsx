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
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { ListingTemplate } from "@/modules/listing/templates/listing-template"

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
  if (!categories) return <ShopUnavailable />
  if (!category) notFound()
  const data = await unlessUnavailable(
    Promise.all([listProducts(locale, { categoryId: category.id }), listCooperatives(locale).catch(() => [])]),
  )
  if (data === UNAVAILABLE) return <ShopUnavailable />
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
