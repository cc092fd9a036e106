import { resolveLocale } from "@/i18n/resolve-locale"
import { getCommissions } from "@/lib/data/host-links"
import { CommissionsTemplate } from "@/modules/host/templates/commissions-template"
import { renderHost } from "@/modules/host/templates/host-page"

type Props = { params: Promise<{ locale: string }> }

export default async function HostCommissionsPage({ params }: Props) {
  await resolveLocale(params)
  return renderHost("commissions", getCommissions, (report) => <CommissionsTemplate report={report} />)
}
