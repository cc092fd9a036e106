import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { getProductByHandle } from "@/lib/data/products"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { CatalogUnavailable } from "@/modules/common/components/shop-unavailable"
import { ProductTemplate } from "@/modules/products/templates/product-template"

// Served whole from Next's cache (src/lib/security-headers.ts, isCachedCatalogPath): rendered on its first visit,
// then again when the backend's revalidate hook expires its tags or after its reads' 60 s.
export const dynamic = "force-static"

type Props = { params: Promise<{ locale: string; handle: string }> }

// Both calls below hit the same fetch, which Next memoizes within a request.
async function loadProduct(params: Props["params"]) {
  const [locale, { handle }] = await Promise.all([resolveLocale(params), params])
  return unlessUnavailable(getProductByHandle(handle, locale))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await loadProduct(params)
  if (product === UNAVAILABLE || !product) return {}
  return { title: product.title, description: product.origin ?? undefined }
}

export default async function ProductPage({ params }: Props) {
  const product = await loadProduct(params)
  if (product === UNAVAILABLE) return <CatalogUnavailable />
  if (!product) notFound()
  return <ProductTemplate product={product} />
}
