import { notFound } from "next/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { listCategories } from "@/lib/data/categories"
import { getProduct } from "@/lib/data/cooperative-products"
import { SectionMessages } from "@/modules/common/components/section-messages"
import { renderCooperative } from "@/modules/cooperative/templates/cooperative-page"
import { ProductEditorTemplate } from "@/modules/cooperative/templates/product-editor-template"

type Props = { params: Promise<{ locale: string; id: string }> }

export default async function CooperativeProductPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const { id } = await params
  return (
    <SectionMessages params={params} namespaces={["portal", "productEditor"]}>
      {await renderCooperative(
        "products",
        (token) => Promise.all([getProduct(token, id), listCategories(locale)]),
        ([product, categories]) =>
          product ? <ProductEditorTemplate product={product} categories={categories} /> : notFound(),
      )}
    </SectionMessages>
  )
}
