import { resolveLocale } from "@/i18n/resolve-locale"
import { listPendingLiveOffers } from "@/lib/data/cooperative-live-offers"
import { getSales, listProducts } from "@/lib/data/cooperative-products"
import { SectionMessages } from "@/modules/common/components/section-messages"
import { LiveOffersSection } from "@/modules/cooperative/components/live-offers-section"
import { renderCooperative } from "@/modules/cooperative/templates/cooperative-page"
import { ProductsTemplate } from "@/modules/cooperative/templates/products-template"

type Props = { params: Promise<{ locale: string }> }

export default async function CooperativeProductsPage({ params }: Props) {
  await resolveLocale(params)
  return (
    <SectionMessages params={params} namespaces={["portal", "productEditor"]}>
      {await renderCooperative(
        "products",
        (token) =>
          Promise.all([
            listProducts(token),
            listProducts(token, { archived: true }),
            getSales(token),
            listPendingLiveOffers(token),
          ]),
        ([products, archived, sales, liveOffers]) => (
          <>
            <LiveOffersSection offers={liveOffers} />
            <ProductsTemplate products={products} archived={archived} sales={sales} />
          </>
        ),
      )}
    </SectionMessages>
  )
}
