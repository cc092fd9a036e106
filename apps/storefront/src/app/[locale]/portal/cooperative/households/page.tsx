import { resolveLocale } from "@/i18n/resolve-locale"
import { listHouseholds } from "@/lib/data/portal-households"
import { HouseholdsTemplate } from "@/modules/portal/templates/households-template"
import { renderPortal } from "@/modules/portal/templates/portal-page"

type Props = { params: Promise<{ locale: string }> }

export default async function CooperativeHouseholdsPage({ params }: Props) {
  await resolveLocale(params)
  return renderPortal("households", listHouseholds, (households, profile) => (
    <HouseholdsTemplate households={households} villageCode={profile.cooperative.division_code} />
  ))
}
