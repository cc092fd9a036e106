import { resolveLocale } from "@/i18n/resolve-locale"
import { getSales, listProducts } from "@/lib/data/cooperative-products"
import { renderCooperative } from "@/modules/cooperative/templates/cooperative-page"
import { ProductsTemplate } from "@/modules/cooperative/templates/products-template"

type Props = { params: Promise<{ locale: string }> }

export default async function CooperativeProductsPage({ params }: Props) {
  await resolveLocale(params)
  return renderCooperative(
    "products",
    (token) => Promise.all([listProducts(token), getSales(token)]),
    ([products, sales]) => <ProductsTemplate products={products} sales={sales} />,
  )
}
