import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CooperativeHousehold, HouseholdContribution } from "@/lib/data/cooperative-households"
import { formatWeight } from "@/lib/view/weight"
import { HouseholdEditForm } from "../components/household-edit-form"

type Props = { household: CooperativeHousehold; contributions: HouseholdContribution[] }

/** One household: its facts, an edit form, and every lot it supplied (by public trace code). */
export async function HouseholdTemplate({ household, contributions }: Props) {
  const t = await getTranslations("portal.households")
  const locale = await getLocale()
  return (
    <div className="portal-sections">
      <section aria-labelledby="household-title">
        <Link href="/portal/cooperative/households" className="back-link">
          {t("back")}
        </Link>
        <h1 id="household-title">
          {household.code}
          {household.name ? ` ${household.name}` : ""}
        </h1>
        <dl className="facts">
          <div>
            <dt>{t("status")}</dt>
            <dd>
              <span className={`portal-tag portal-tag--${household.status}`}>{t(`statuses.${household.status}`)}</span>
            </dd>
          </div>
          <div>
            <dt>{t("size")}</dt>
            <dd>{t("persons", { count: household.size })}</dd>
          </div>
          <div>
            <dt>{t("villageCode")}</dt>
            <dd>{household.village_code}</dd>
          </div>
          <div>
            <dt>{t("idNumber")}</dt>
            <dd>{household.has_id_number ? t("idNumberOnFile") : t("idNumberNone")}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="household-contributions-title">
        <h2 id="household-contributions-title">{t("contributions")}</h2>
        {contributions.length === 0 ? (
          <p className="muted">{t("noContributions")}</p>
        ) : (
          <ul className="plain-list portal-list" data-testid="household-contributions">
            {contributions.map((c) => (
              <li key={c.id} className="card portal-item">
                <Link href={`/portal/cooperative/lots/${c.lot_id}`} className="portal-item__title">
                  {c.product_title ?? c.product_id}
                </Link>
                <span>
                  <code className="portal-code">{c.trace_code}</code>{" "}
                  {t("contributionLine", {
                    date: c.harvest_date,
                    weight: formatWeight(c.quantity_g, locale).primary,
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <HouseholdEditForm household={household} />
    </div>
  )
}
