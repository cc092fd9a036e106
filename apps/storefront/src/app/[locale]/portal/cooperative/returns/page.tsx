import { resolveLocale } from "@/i18n/resolve-locale"
import { parseReturnsQuery } from "@/lib/cooperative/after-sale-query"
import { findReturn, listReturns } from "@/lib/data/cooperative-returns"
import { renderCooperative } from "@/modules/cooperative/templates/cooperative-page"
import { ReturnsTemplate } from "@/modules/cooperative/templates/returns-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function CooperativeReturnsPage({ params, searchParams }: Props) {
  const [, search] = await Promise.all([resolveLocale(params), searchParams])
  const query = parseReturnsQuery(search)
  return renderCooperative(
    "returns",
    (token) => Promise.all([listReturns(token, query), query.done ? findReturn(token, query.done) : null]),
    ([page, done]) => <ReturnsTemplate page={page} query={query} done={done} />,
  )
}
