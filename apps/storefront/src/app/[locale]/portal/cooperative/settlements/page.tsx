import { resolveLocale } from "@/i18n/resolve-locale"
import { listStatements } from "@/lib/data/settlements"
import { renderCooperative } from "@/modules/cooperative/templates/cooperative-page"
import { StatementsTemplate } from "@/modules/settlements/templates/statements-template"

type Props = { params: Promise<{ locale: string }> }

export default async function CooperativeSettlementsPage({ params }: Props) {
  await resolveLocale(params)
  return renderCooperative(
    "settlements",
    (token) => listStatements("cooperative", token),
    (page) => <StatementsTemplate actor="cooperative" page={page} />,
  )
}
