import { resolveLocale } from "@/i18n/resolve-locale"
import { findStatement } from "@/lib/data/settlements"
import { renderCooperative } from "@/modules/cooperative/templates/cooperative-page"
import { StatementTemplate } from "@/modules/settlements/templates/statement-template"

type Props = { params: Promise<{ locale: string; id: string }> }

export default async function CooperativeStatementPage({ params }: Props) {
  const [locale, { id }] = await Promise.all([resolveLocale(params), params])
  return renderCooperative(
    "settlements",
    (token) => findStatement("cooperative", token, id, locale === "en" ? "en" : "zh"),
    (detail) => <StatementTemplate actor="cooperative" detail={detail} />,
  )
}
