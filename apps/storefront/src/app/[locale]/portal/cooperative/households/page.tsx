import { resolveLocale } from "@/i18n/resolve-locale"
import { listHouseholds } from "@/lib/data/cooperative-households"
import { HouseholdsTemplate } from "@/modules/cooperative/templates/households-template"
import { renderCooperative } from "@/modules/cooperative/templates/cooperative-page"

type Props = { params: Promise<{ locale: string }> }

export default async function CooperativeHouseholdsPage({ params }: Props) {
  await resolveLocale(params)
  return renderCooperative("households", listHouseholds, (households, profile) => (
    <HouseholdsTemplate households={households} villageCode={profile.cooperative.division_code} />
  ))
}
