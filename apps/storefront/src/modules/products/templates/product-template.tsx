import { useTranslations } from "next-intl"
import { Suspense } from "react"
import { Link } from "@/i18n/navigation"
import type { ProductView } from "@/lib/view/product"
import { AddToCart } from "../components/add-to-cart"
import { ProductGallery } from "../components/product-gallery"
import { VariantLabel } from "../components/variant-label"
import { PriceShare } from "@/modules/impact/components/price-share"
import { ProvenanceCard } from "../components/provenance-card"
import { CertificationList } from "@/modules/cooperatives/components/certification-list"

export function ProductTemplate({ product }: { product: ProductView }) {
  const t = useTranslations("product")
  const tc = useTranslations("certificates")
  return (
    <article className="product">
      <p>
        <Link href="/products" className="back-link">
          ← {t("backToShop")}
        </Link>
      </p>
      <div className="product__layout">
        <ProductGallery title={product.title} images={product.images} />
        <div className="product__info">
          <h1 className="product__title">{product.title}</h1>
          <dl className="product__facts">
            {product.origin && (
              <div>
                <dt>{t("origin")}</dt>
                <dd>{product.origin}</dd>
              </div>
            )}
            {product.categories.length > 0 && (
              <div>
                <dt>{t("categories")}</dt>
                <dd>{product.categories.join(" · ")}</dd>
              </div>
            )}
          </dl>
          <section aria-labelledby="options-heading">
            <h2 id="options-heading" className="visually-hidden">
              {t("options")}
            </h2>
            <AddToCart
              productId={product.id}
              title={product.title}
              variants={product.variants}
              labels={Object.fromEntries(product.variants.map((v) => [v.id, <VariantLabel key={v.id} variant={v} />]))}
            />
            <p className="muted">{t("taxIncluded")}</p>
          </section>
          {product.cooperative && <ProvenanceCard provenance={product.cooperative} />}
          {product.cooperative && (
            <Suspense fallback={null}>
              <PriceShare productId={product.id} handle={product.handle} variants={product.variants} />
            </Suspense>
          )}
          {product.certifications.length > 0 && (
            <CertificationList
              certifications={product.certifications}
              heading={tc("productHeading")}
              headingId="product-certifications-heading"
              showScope
            />
          )}
          {product.description && (
            <section aria-labelledby="description-heading">
              <h2 id="description-heading">{t("description")}</h2>
              <p className="product__description">{product.description}</p>
            </section>
          )}
        </div>
      </div>
    </article>
  )
}
