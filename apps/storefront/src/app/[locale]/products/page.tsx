import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
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
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "listing" })
  return { title: t("allTitle") }
}

export default async function AllProductsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  // Without the cooperative read the certification filter has no options; the listing itself still shows.
  const data = await unlessUnavailable(
    Promise.all([listCategories(locale), listProducts(locale), listCooperatives(locale).catch(() => [])]),
  )
  if (data === UNAVAILABLE) return <CatalogUnavailable />
  const [categories, products, cooperatives] = data
  const listing = parseListingParams(await searchParams)
  const certs = certificationsByCooperative(cooperatives)
  const t = await getTranslations("listing")
  return (
    <ListingTemplate
      title={t("allTitle")}
      categories={categories}
      activeHandle={null}
      params={listing}
      action={getPathname({ href: "/products", locale })}
      products={applyListing(products, listing, certs)}
      options={originOptions(products, certs)}
    />
  )
}
