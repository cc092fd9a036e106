import { useTranslations } from "next-intl"
import type { CooperativeCardView } from "@/lib/view/cooperative"

type Counts = Pick<CooperativeCardView, "households" | "householdsSupported" | "personsSupported">

/** Members, 脱贫户/监测户 among them, and their persons: counts only, never who. */
export function HouseholdStats({ counts }: { counts: Counts }) {
  const t = useTranslations("cooperatives")
  return (
    <dl className="coop-stats">
      <div>
        <dt>{t("membersLabel")}</dt>
        <dd>{t("householdUnit", { count: counts.households })}</dd>
      </div>
      <div>
        <dt>{t("supportedLabel")}</dt>
        <dd>{t("householdUnit", { count: counts.householdsSupported })}</dd>
      </div>
      <div>
        <dt>{t("personsLabel")}</dt>
        <dd>{t("personUnit", { count: counts.personsSupported })}</dd>
      </div>
    </dl>
  )
}
