import { useTranslations } from "next-intl"
import type { ProductCardView } from "@/lib/view/product"
import { ProductCard } from "@/modules/products/components/product-card"

export function HomeTemplate({ products }: { products: ProductCardView[] }) {
  const t = useTranslations("home")
  return (
    <>
      <section className="intro" aria-labelledby="home-heading">
        <h1 id="home-heading">{t("heading")}</h1>
        <p>{t("intro")}</p>
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
    </>
  )
}
