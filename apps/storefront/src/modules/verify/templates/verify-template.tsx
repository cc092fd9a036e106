import { useTranslations } from "next-intl"
import type { VerificationView } from "@/lib/view/verify"
import { DifferenceTable } from "../components/difference-table"

/** What a holder of a printed report learns from its code: who issued it, for what, and whether it still holds. */
export function VerifyTemplate({ verification: v }: { verification: VerificationView }) {
  const t = useTranslations("verify")
  return (
    <article className="verify" aria-labelledby="verify-title">
      <p className="trace__eyebrow">{t("title")}</p>
      <h1 id="verify-title" className={v.matches ? "verify__status verify__status--matches" : "verify__status"}>
        {v.matches ? t("matches") : t("changed")}
      </h1>
      <p>{v.matches ? t("matchesBody") : t("changedBody")}</p>
      <dl className="coop-facts">
        <div>
          <dt>{t("code")}</dt>
          <dd>
            <code>{v.code}</code>
          </dd>
        </div>
        <div>
          <dt>{t("organisation")}</dt>
          <dd>{v.organisation}</dd>
        </div>
        <div>
          <dt>{t("region")}</dt>
          <dd>{t("regionValue", v.region)}</dd>
        </div>
        <div>
          <dt>{t("period")}</dt>
          <dd>{t("periodValue", v.period)}</dd>
        </div>
        <div>
          <dt>{t("issuedAt")}</dt>
          <dd>{t("chinaTime", { time: v.issuedAt })}</dd>
        </div>
      </dl>
      {!v.matches && <DifferenceTable differences={v.differences} groupBy={v.groupBy} />}
      <p className="muted">{t("privacy")}</p>
    </article>
  )
}
