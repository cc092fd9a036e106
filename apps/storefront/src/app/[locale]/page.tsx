import { resolveLocale } from "@/i18n/resolve-locale"
import { listProducts } from "@/lib/data/products"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { HomeTemplate } from "@/modules/home/templates/home-template"

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params)
  const products = await unlessUnavailable(listProducts(locale))
  if (products === UNAVAILABLE) return <ShopUnavailable />
  return <HomeTemplate products={products} />
}
