import { getTranslations } from "next-intl/server"
import { afterSaleHref, RETURN_FILTERS, type ReturnsQuery } from "@/lib/cooperative/after-sale-query"
import type { CooperativeReturn, CooperativeReturnPage } from "@/lib/data/cooperative-returns"
import styles from "../after-sale.module.css"
import { AfterSalePager, AfterSaleTabs } from "../components/after-sale-tabs"
import { ReturnCard } from "../components/return-card"

const PATH = "/portal/cooperative/returns"

type Props = { page: CooperativeReturnPage; query: ReturnsQuery; done: CooperativeReturn | null }

/**
 * The returns inbox: returns of the cooperative's lines by step (to receive, to refund, refunded, all). The return
 * just received or refunded stays first, in its new state, so the clerk sees it worked and can go on to the refund.
 */
export async function ReturnsTemplate({ page, query, done }: Props) {
  const t = await getTranslations("cooperativeAfterSale")
  const { returns, count, limit, offset } = page
  const pinned = done && !returns.some((r) => r.id === done.id) ? done : null
  const href = (o: number) => afterSaleHref(PATH, { status: query.status, offset: o })
  return (
    <section aria-labelledby="returns-title">
      <h1 id="returns-title">{t("returns.title")}</h1>
      <AfterSaleTabs
        label={t("returns.tabsLabel")}
        current={query.status}
        tabs={RETURN_FILTERS.map((id) => ({
          id,
          href: afterSaleHref(PATH, { status: id }),
          label: t(`returns.tabs.${id}`),
        }))}
      />
      {returns.length === 0 ? (
        <p className="muted">{t(`returns.empty.${query.status}`)}</p>
      ) : (
        <p className={`muted ${styles.summary}`}>{t("returns.count", { count })}</p>
      )}
      <ul className="plain-list portal-list">
        {pinned && <ReturnCard ret={pinned} justHandled />}
        {returns.map((ret) => (
          <ReturnCard key={ret.id} ret={ret} justHandled={ret.id === query.done} />
        ))}
      </ul>
      <AfterSalePager
        labels={{ label: t("pages"), newer: t("newer"), older: t("older") }}
        newer={offset > 0 ? href(Math.max(0, offset - limit)) : null}
        older={offset + limit < count ? href(offset + limit) : null}
      />
    </section>
  )
}
