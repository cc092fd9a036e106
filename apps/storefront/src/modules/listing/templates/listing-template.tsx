import { useTranslations } from "next-intl"
import type { CategoryView } from "@/lib/data/categories"
import { listingSearch, type ListingParams } from "@/lib/view/listing"
import type { OriginOptions } from "@/lib/view/listing-origin"
import type { ProductCardView } from "@/lib/view/product"
import { ProductCard } from "@/modules/products/components/product-card"
import { CategoryNav } from "../components/category-nav"
import { ListingFilters } from "../components/listing-filters"

type Props = {
  title: string
  categories: CategoryView[]
  activeHandle: string | null
  params: ListingParams
  /** This page's own localized path, where the filter form submits to. */
  action: string
  products: ProductCardView[]
  /** Province and certification choices, from the growers of the whole (unfiltered) page. */
  options: OriginOptions
}

export function ListingTemplate({ title, categories, activeHandle, params, action, products, options }: Props) {
  const t = useTranslations("listing")
  return (
    <section aria-labelledby="listing-title" className="listing">
      <h1 id="listing-title">{title}</h1>
      <CategoryNav categories={categories} activeHandle={activeHandle} search={listingSearch(params)} />
      <ListingFilters params={params} action={action} options={options} />
      <p role="status" className="muted">
        {t("resultCount", { count: products.length })}
      </p>
      {products.length === 0 ? (
        <p className="notice">{t("empty")}</p>
      ) : (
        <ul className="product-grid" aria-labelledby="listing-title">
          {products.map((product, index) => (
            <li key={product.id}>
              <ProductCard product={product} eager={index < 2} preload={index === 0} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
