import { resolveLocale } from "@/i18n/resolve-locale"
import { listCategories } from "@/lib/data/categories"
import { listCooperatives } from "@/lib/data/cooperatives"
import { getPlatformImpact } from "@/lib/data/impact"
import { listProducts } from "@/lib/data/products"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { toImpactView } from "@/lib/view/impact"
import { pickInSeason } from "@/lib/view/in-season"
import { CatalogUnavailable } from "@/modules/common/components/shop-unavailable"
import { HomeTemplate } from "@/modules/home/templates/home-template"

// Served whole from Next's cache (src/lib/security-headers.ts, isCachedCatalogPath): rendered on its first visit,
// then again when the backend's revalidate hook expires its tags or after its reads' 60 s.
export const dynamic = "force-static"

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params)
  // The cooperative strip and the impact counter are a bonus: if their reads fail the shop's own home page still shows.
  const data = await unlessUnavailable(
    Promise.all([
      listProducts(locale),
      listCategories(locale),
      listCooperatives(locale).catch(() => []),
      getPlatformImpact().catch(() => null),
    ]),
  )
  if (data === UNAVAILABLE) return <CatalogUnavailable />
  const [products, categories, cooperatives, impact] = data
  return (
    <HomeTemplate
      products={products}
      inSeason={pickInSeason(products)}
      categories={categories}
      cooperatives={cooperatives}
      impact={impact ? toImpactView(impact) : null}
    />
  )
}
