import { resolveLocale } from "@/i18n/resolve-locale"
import { listCategories } from "@/lib/data/categories"
import { SectionMessages } from "@/modules/common/components/section-messages"
import { renderCooperative } from "@/modules/cooperative/templates/cooperative-page"
import { ProductEditorTemplate } from "@/modules/cooperative/templates/product-editor-template"

type Props = { params: Promise<{ locale: string }> }

export default async function NewCooperativeProductPage({ params }: Props) {
  const locale = await resolveLocale(params)
  return (
    <SectionMessages params={params} namespaces={["portal", "productEditor"]}>
      {await renderCooperative(
        "products",
        () => listCategories(locale),
        (categories) => <ProductEditorTemplate product={null} categories={categories} />,
      )}
    </SectionMessages>
  )
}
