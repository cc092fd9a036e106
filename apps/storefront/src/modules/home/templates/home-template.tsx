import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { CategoryView } from "@/lib/data/categories"
import type { ProductCardView } from "@/lib/view/product"
import { CategoryNav } from "@/modules/listing/components/category-nav"
import { ProductCard } from "@/modules/products/components/product-card"

export function HomeTemplate({ products, categories }: { products: ProductCardView[]; categories: CategoryView[] }) {
  const t = useTranslations("home")
  return (
    <>
      <section className="intro" aria-labelledby="home-heading">
        <h1 id="home-heading">{t("heading")}</h1>
        <p>{t("intro")}</p>
      </section>
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
              <ProductCard product={product} eager={index < 2} />
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
