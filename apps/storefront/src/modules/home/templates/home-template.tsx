import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { CategoryView } from "@/lib/data/categories"
import type { CooperativeCardView } from "@/lib/view/cooperative"
import type { ImpactView } from "@/lib/view/impact"
import type { ProductCardView } from "@/lib/view/product"
import { ImpactCounter } from "@/modules/impact/components/impact-counter"
import { CategoryNav } from "@/modules/listing/components/category-nav"
import { ProductCard } from "@/modules/products/components/product-card"
import { CooperativeStrip } from "../components/cooperative-strip"

type Props = {
  products: ProductCardView[]
  /** Picked by `pickInSeason` (lib/view/in-season.ts). */
  inSeason: ProductCardView[]
  categories: CategoryView[]
  cooperatives: CooperativeCardView[]
  /** Platform totals of the relief ledger; null when the read failed. */
  impact: ImpactView | null
}

export function HomeTemplate({ products, inSeason, categories, cooperatives, impact }: Props) {
  const t = useTranslations("home")
  return (
    <>
      <section className="intro" aria-labelledby="home-heading">
        <h1 id="home-heading">{t("heading")}</h1>
        <p>{t("intro")}</p>
      </section>
      <ImpactCounter impact={impact} />
      {inSeason.length > 0 && (
        <section aria-labelledby="home-in-season" className="home-strip">
          <h2 id="home-in-season" className="section-title">
            {t("inSeasonTitle")}
          </h2>
          <ul className="home-strip__list">
            {inSeason.map((product, index) => (
              <li key={product.id}>
                <ProductCard product={product} eager={index < 2} preload={index === 0} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <CooperativeStrip cooperatives={cooperatives} />
      <section aria-labelledby="home-categories" className="home-categories">
        <h2 id="home-categories" className="section-title">
          {t("browseCategories")}
        </h2>
        <CategoryNav categories={categories} activeHandle={null} />
      </section>
      {products.length === 0 ? (
        <p className="notice">{t("empty")}</p>
      ) : (
        <ul className="product-grid" aria-labelledby="home-heading">
          {products.map((product, index) => (
            <li key={product.id}>
              <ProductCard
                product={product}
                eager={index < 2 && inSeason.length === 0}
                preload={index === 0 && inSeason.length === 0}
              />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/products" className="back-link">
          {t("allProducts")} →
        </Link>
      </p>
    </>
  )
}
