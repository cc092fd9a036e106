import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { ProductCardView } from "@/lib/view/product"
import { ProductImage } from "@/modules/common/components/product-image"

/**
 * `eager`: in the first screen (loaded at once, high priority); `preload`: the page's first visible photo, its
 * likely LCP, announced in the head so the browser fetches it before it reaches the <img>.
 */
export function ProductCard({
  product,
  eager = false,
  preload = false,
}: {
  product: ProductCardView
  eager?: boolean
  preload?: boolean
}) {
  const t = useTranslations("home")
  return (
    <article className="product-card">
      <Link href={`/products/${product.handle}`} className="product-card__link">
        {product.thumbnail && (
          // The title right below names the link, so the picture is decorative here (alt="") and not read twice.
          <ProductImage
            src={product.thumbnail}
            alt=""
            width={480}
            height={480}
            sizes="(min-width: 72rem) 17rem, (min-width: 34rem) 50vw, 100vw"
            loading={eager || preload ? "eager" : "lazy"}
            preload={preload}
            fetchPriority={eager || preload ? "high" : "auto"}
            className="product-card__image"
          />
        )}
        <h2 className="product-card__title">{product.title}</h2>
      </Link>
      {product.origin && <p className="product-card__origin">{product.origin}</p>}
      <p className="product-card__price">
        {product.fromPrice ? t("fromPrice", { price: product.fromPrice.formatted }) : t("noPrice")}
      </p>
    </article>
  )
}
