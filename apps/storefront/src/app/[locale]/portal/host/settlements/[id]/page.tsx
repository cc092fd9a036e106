import { resolveLocale } from "@/i18n/resolve-locale"
import { findStatement } from "@/lib/data/settlements"
import { renderHost } from "@/modules/host/templates/host-page"
import { StatementTemplate } from "@/modules/settlements/templates/statement-template"

type Props = { params: Promise<{ locale: string; id: string }> }

export default async function HostStatementPage({ params }: Props) {
  const [, { id }] = await Promise.all([resolveLocale(params), params])
  return renderHost(
    "settlements",
    (token) => findStatement("host", token, id),
    (detail) => <StatementTemplate actor="host" detail={detail} />,
  )
}
