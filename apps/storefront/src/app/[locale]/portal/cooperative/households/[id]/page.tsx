import { resolveLocale } from "@/i18n/resolve-locale"
import { getHousehold } from "@/lib/data/cooperative-households"
import { HouseholdTemplate } from "@/modules/cooperative/templates/household-template"
import { renderCooperative } from "@/modules/cooperative/templates/cooperative-page"

type Props = { params: Promise<{ locale: string; id: string }> }

export default async function CooperativeHouseholdPage({ params }: Props) {
  await resolveLocale(params)
  const { id } = await params
  return renderCooperative(
    "households",
    (token) => getHousehold(token, id),
    ({ household, contributions }) => <HouseholdTemplate household={household} contributions={contributions} />,
  )
}
