import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CooperativeHousehold } from "@/lib/data/cooperative-households"
import { HouseholdForm } from "../components/household-form"

/** The roster: codes, status and size for everyone; names only here, for the owning cooperative. */
export async function HouseholdsTemplate({
  households,
  villageCode,
}: {
  households: CooperativeHousehold[]
  villageCode: string
}) {
  const t = await getTranslations("portal.households")
  return (
    <div className="portal-sections">
      <section aria-labelledby="households-title">
        <h1 id="households-title">{t("title")}</h1>
        <p className="muted">{t("privacy")}</p>
        {households.length === 0 ? (
          <p className="muted">{t("empty")}</p>
        ) : (
          <ul className="plain-list portal-list">
            {households.map((h) => (
              <li key={h.id} className="card portal-item">
                <Link href={`/portal/cooperative/households/${h.id}`} className="portal-item__title">
                  {h.code}
                  {h.name ? ` ${h.name}` : ""}
                </Link>
                <span>
                  <span className={`portal-tag portal-tag--${h.status}`}>{t(`statuses.${h.status}`)}</span>{" "}
                  {t("persons", { count: h.size })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <HouseholdForm villageCode={villageCode} />
    </div>
  )
}
