import { resolveLocale } from "@/i18n/resolve-locale"
import { getSales, listProducts } from "@/lib/data/cooperative-products"
import { SectionMessages } from "@/modules/common/components/section-messages"
import { renderCooperative } from "@/modules/cooperative/templates/cooperative-page"
import { ProductsTemplate } from "@/modules/cooperative/templates/products-template"

type Props = { params: Promise<{ locale: string }> }

export default async function CooperativeProductsPage({ params }: Props) {
  await resolveLocale(params)
  return (
    <SectionMessages params={params} namespaces={["portal", "productEditor"]}>
      {await renderCooperative(
        "products",
        (token) => Promise.all([listProducts(token), listProducts(token, { archived: true }), getSales(token)]),
        ([products, archived, sales]) => <ProductsTemplate products={products} archived={archived} sales={sales} />,
      )}
    </SectionMessages>
  )
}
