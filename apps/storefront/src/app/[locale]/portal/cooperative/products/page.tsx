import { resolveLocale } from "@/i18n/resolve-locale"
import { getSales, listProducts } from "@/lib/data/portal-products"
import { renderPortal } from "@/modules/portal/templates/portal-page"
import { ProductsTemplate } from "@/modules/portal/templates/products-template"

type Props = { params: Promise<{ locale: string }> }

export default async function CooperativeProductsPage({ params }: Props) {
  await resolveLocale(params)
  return renderPortal(
    "products",
    (token) => Promise.all([listProducts(token), getSales(token)]),
    ([products, sales]) => <ProductsTemplate products={products} sales={sales} />,
  )
}
