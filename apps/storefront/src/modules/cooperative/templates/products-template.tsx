import { getLocale, getTranslations } from "next-intl/server"
import type { CooperativeProduct, CooperativeSales } from "@/lib/data/cooperative-products"
import { formatFen } from "@/lib/view/money"
import { formatWeight } from "@/lib/view/weight"
import { VariantForm } from "../components/variant-form"

const yuanText = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`

/** Sales so far, then each product's sizes with their price and stock, editable. */
export async function ProductsTemplate({
  products,
  sales,
}: {
  products: CooperativeProduct[]
  sales: CooperativeSales
}) {
  const t = await getTranslations("portal.products")
  const locale = await getLocale()
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
        <h2 id="products-title">{t("title")}</h2>
        <ul className="plain-list portal-list">
          {products.map((p) => (
            <li key={p.id} className="card">
              <h3 className="portal-item__title">{locale === "en" ? (p.title_en ?? p.title_zh) : p.title_zh}</h3>
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
                    lowStockThreshold={v.low_stock_threshold}
                  />
                </div>
              ))}
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
