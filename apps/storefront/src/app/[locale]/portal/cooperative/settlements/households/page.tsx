import { resolveLocale } from "@/i18n/resolve-locale"
import { getHouseholdIncome } from "@/lib/data/settlements"
import { periodFromQuery } from "@/lib/view/settlements"
import { renderCooperative } from "@/modules/cooperative/templates/cooperative-page"
import { HouseholdIncomeTemplate } from "@/modules/settlements/templates/households-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** ?period=YYYY-MM, the previous month (China time) when absent or not a month. */
export default async function CooperativeHouseholdIncomePage({ params, searchParams }: Props) {
  const [, search] = await Promise.all([resolveLocale(params), searchParams])
  const period = periodFromQuery(search.period, new Date())
  return renderCooperative(
    "settlements",
    (token) => getHouseholdIncome(token, period),
    (income) => <HouseholdIncomeTemplate income={income} />,
  )
}
