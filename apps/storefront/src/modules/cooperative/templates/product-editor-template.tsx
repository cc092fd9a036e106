import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CategoryView } from "@/lib/data/categories"
import type { CooperativeProduct } from "@/lib/data/cooperative-products"
import { ProductEditor } from "../components/product-editor/product-editor"
import { StatusActions } from "../components/product-editor/status-actions"

type Props = { product: CooperativeProduct | null; categories: CategoryView[] }

/** A new product, or one of the cooperative's with where it stands (draft, on sale, archived) and its moves. */
export async function ProductEditorTemplate({ product, categories }: Props) {
  const t = await getTranslations("productEditor")
  const locale = await getLocale()
  const title = product && (locale === "en" ? (product.title_en ?? product.title_zh) : product.title_zh)
  const state = product?.archived_at ? "archived" : product?.status === "published" ? "published" : "draft"
  return (
    <div className="portal-sections">
      <section aria-labelledby="editor-title">
        <Link href="/portal/cooperative/products" className="back-link">
          {t("back")}
        </Link>
        <h1 id="editor-title">{product ? t("editHeading", { title: title ?? "" }) : t("newTitle")}</h1>
        {product && (
          <div className="card">
            <h2 className="portal-item__title">
              {t("statusTitle")}
              <span className="portal-tag">{t(`status.${state}`)}</span>
            </h2>
            <p className="muted">{t("archiveHint")}</p>
            <StatusActions productId={product.id} status={product.status} archived={!!product.archived_at} />
          </div>
        )}
        <ProductEditor product={product} categories={categories} />
      </section>
    </div>
  )
}
