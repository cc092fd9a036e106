import { resolveLocale } from "@/i18n/resolve-locale"
import { listSessions } from "@/lib/data/host-sessions"
import { toChinaLocal } from "@/lib/host/datetime"
import { renderHost } from "@/modules/host/templates/host-page"
import { SessionsTemplate } from "@/modules/host/templates/sessions-template"

type Props = { params: Promise<{ locale: string }> }

const HOUR = 60 * 60 * 1000

/** The next full hour in China, as the new session's default start. */
const nextHour = () => toChinaLocal(new Date(Math.ceil(Date.now() / HOUR) * HOUR))

export default async function HostSessionsPage({ params }: Props) {
  await resolveLocale(params)
  return renderHost("sessions", listSessions, (sessions) => (
    <SessionsTemplate sessions={sessions} defaultStart={nextHour()} />
  ))
}
