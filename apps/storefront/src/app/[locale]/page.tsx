import { resolveLocale } from "@/i18n/resolve-locale"
import { listCategories } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { HomeTemplate } from "@/modules/home/templates/home-template"

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params)
  const data = await unlessUnavailable(Promise.all([listProducts(locale), listCategories(locale)]))
  if (data === UNAVAILABLE) return <ShopUnavailable />
  const [products, categories] = data
  return <HomeTemplate products={products} categories={categories} />
}
