import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { afterSaleHref, type OrdersQuery } from "@/lib/cooperative/after-sale-query"
import { TextField } from "@/modules/common/components/field"
import styles from "../after-sale.module.css"

/** A plain GET form (works before scripts load): searches within the current tab by ?q=. */
export async function OrderSearch({ path, query }: { path: string; query: OrdersQuery }) {
  const t = await getTranslations("cooperativeAfterSale.orders")
  return (
    <>
      <form role="search" method="get" className={styles.search}>
        <input type="hidden" name="status" value={query.status} />
        <TextField
          id="orders-q"
          name="q"
          type="search"
          label={t("search")}
          aria-describedby="orders-q-hint"
          defaultValue={query.q}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={64}
        />
        <button type="submit" className="button button--secondary">
          {t("searchSubmit")}
        </button>
      </form>
      <p id="orders-q-hint" className={`field__hint ${styles.searchHint}`}>
        {t("searchHint")}
      </p>
      {query.q ? (
        <p className={styles.summary}>
          <Link href={afterSaleHref(path, { status: query.status })}>{t("clearSearch")}</Link>
        </p>
      ) : null}
    </>
  )
}
