import { resolveLocale } from "@/i18n/resolve-locale"
import { listStatements } from "@/lib/data/settlements"
import { renderHost } from "@/modules/host/templates/host-page"
import { StatementsTemplate } from "@/modules/settlements/templates/statements-template"

type Props = { params: Promise<{ locale: string }> }

export default async function HostSettlementsPage({ params }: Props) {
  await resolveLocale(params)
  return renderHost(
    "settlements",
    (token) => listStatements("host", token),
    (page) => <StatementsTemplate actor="host" page={page} />,
  )
}
