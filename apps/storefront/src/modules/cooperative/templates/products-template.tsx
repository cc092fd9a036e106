import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CooperativeProduct, CooperativeSales } from "@/lib/data/cooperative-products"
import { formatFen } from "@/lib/view/money"
import { formatWeight } from "@/lib/view/weight"
import { ProductImage } from "@/modules/common/components/product-image"
import styles from "../components/product-editor/editor.module.css"
import { StatusActions } from "../components/product-editor/status-actions"
import { VariantForm } from "../components/variant-form"

const yuanText = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`

type Props = { products: CooperativeProduct[]; archived: CooperativeProduct[]; sales: CooperativeSales }

/** Sales so far; each product with its photo, status, an edit link and its sizes' price and stock; then the archived. */
export async function ProductsTemplate({ products, archived, sales }: Props) {
  const t = await getTranslations("portal.products")
  const te = await getTranslations("productEditor")
  const locale = await getLocale()
  const title = (p: CooperativeProduct) => (locale === "en" ? (p.title_en ?? p.title_zh) : p.title_zh)
  const heading = (p: CooperativeProduct) => (
    <div className={styles.listItem}>
      {p.thumbnail ? (
        <ProductImage src={p.thumbnail} alt="" width={128} height={128} sizes="64px" className={styles.thumb} />
      ) : (
        <span className={styles.thumb} role="img" aria-label={te("noPhoto")} />
      )}
      <div>
        <h3 className="portal-item__title">
          {title(p)}
          <span className="portal-tag">
            {te(`status.${p.archived_at ? "archived" : p.status === "published" ? "published" : "draft"}`)}
          </span>
        </h3>
        <Link
          href={`/portal/cooperative/products/${p.id}`}
          className={styles.editLink}
          aria-label={te("editNamed", { title: title(p) })}
        >
          {te("edit")}
        </Link>
      </div>
    </div>
  )
  return (
    <div className="portal-sections">
      <section aria-labelledby="sales-title" className="card">
        <h1 id="sales-title">{t("salesTitle")}</h1>
        <dl className="portal-stats">
          <div>
            <dt>{t("sales")}</dt>
            <dd>{formatFen(sales.sales_fen)}</dd>
          </div>
          <div>
            <dt>{t("orders")}</dt>
            <dd>{sales.orders}</dd>
          </div>
          <div>
            <dt>{t("weight")}</dt>
            <dd>{formatWeight(sales.quantity_g, locale).primary}</dd>
          </div>
        </dl>
        <ul className="plain-list">
          {sales.products.map((p) => (
            <li key={p.product_id} className="portal-sales-row">
              <span>{p.title}</span>
              <span>{formatFen(p.sales_fen)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="products-title">
        <div className={styles.listHeader}>
          <h2 id="products-title">{t("title")}</h2>
          <Link href="/portal/cooperative/products/new" className="button">
            {te("newProduct")}
          </Link>
        </div>
        <ul className="plain-list portal-list">
          {products.map((p) => (
            <li key={p.id} className="card">
              {heading(p)}
              {p.variants.map((v) => (
                <div key={v.id} className="portal-variant">
                  <p className="muted">
                    {v.title} · {t("stocked", { count: v.stock.stocked })} ·{" "}
                    {t("reserved", { count: v.stock.reserved })} · {t("available", { count: v.stock.available })}
                    {v.low_stock_threshold != null && v.stock.available <= v.low_stock_threshold && (
                      <>
                        {" "}
                        <span className="stock stock--out">{t("lowStock")}</span>
                      </>
                    )}
                  </p>
                  {v.stock.stocked < v.stock.reserved && (
                    <p className="form-error">{t("belowReserved", { count: v.stock.reserved })}</p>
                  )}
                  <VariantForm
                    productId={p.id}
                    variantId={v.id}
                    price={v.price_fen === null ? "" : yuanText(v.price_fen)}
                    stock={v.stock.stocked}
                    weightG={v.weight_g}
                    lowStockThreshold={v.low_stock_threshold}
                    liveFloor={v.live_floor_fen == null ? "" : yuanText(v.live_floor_fen)}
                    liveCapMax={v.live_cap_max}
                  />
                </div>
              ))}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="archived-title">
        <h2 id="archived-title">{te("archivedTitle")}</h2>
        {archived.length === 0 ? (
          <p className="muted">{te("archivedEmpty")}</p>
        ) : (
          <ul className="plain-list portal-list">
            {archived.map((p) => (
              <li key={p.id} className="card">
                {heading(p)}
                <StatusActions productId={p.id} status={p.status} archived />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
