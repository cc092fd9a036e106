import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { CooperativeView } from "@/lib/view/cooperative"
import { BenefitMechanismSection } from "../components/benefit-mechanism"
import { CertificationList } from "../components/certification-list"
import { HouseholdStats } from "../components/household-stats"
import { ProductImage } from "@/modules/common/components/product-image"

export function CooperativeTemplate({ cooperative }: { cooperative: CooperativeView }) {
  const t = useTranslations("cooperatives")
  return (
    <article className="coop">
      <p>
        <Link href="/cooperatives" className="back-link">
          ← {t("backToList")}
        </Link>
      </p>
      <h1 className="coop__name">{cooperative.name}</h1>
      {cooperative.region.length > 0 && (
        <p className="coop-region">
          <span className="visually-hidden">{t("region")}: </span>
          {cooperative.region.join(" · ")}
        </p>
      )}
      <section aria-labelledby="counts-heading" className="coop-section">
        <h2 id="counts-heading">{t("counts")}</h2>
        <HouseholdStats counts={cooperative} />
        <p className="muted">{t("privacy")}</p>
      </section>
      {cooperative.story && (
        <section aria-labelledby="story-heading" className="coop-section">
          <h2 id="story-heading">{t("story")}</h2>
          <p className="coop__story">{cooperative.story}</p>
        </section>
      )}
      <BenefitMechanismSection mechanisms={cooperative.benefitMechanisms} />
      <CertificationList certifications={cooperative.certifications} />
      <section aria-labelledby="products-heading" className="coop-section">
        <h2 id="products-heading">{t("products")}</h2>
        {cooperative.products.length === 0 ? (
          <p className="muted">{t("noProducts")}</p>
        ) : (
          <ul className="product-grid">
            {cooperative.products.map((product) => (
              <li key={product.id}>
                <article className="product-card">
                  <Link href={`/products/${product.handle}`} className="product-card__link">
                    {product.thumbnail && (
                      <ProductImage
                        src={product.thumbnail}
                        alt=""
                        width={480}
                        height={480}
                        sizes="(min-width: 72rem) 17rem, (min-width: 34rem) 50vw, 100vw"
                        className="product-card__image"
                      />
                    )}
                    <h3 className="product-card__title">{product.title}</h3>
                  </Link>
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  )
}
