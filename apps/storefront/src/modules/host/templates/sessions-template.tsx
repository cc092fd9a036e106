import type { Session } from "@fengshou/live-contract"
import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { LiveStatusBadge } from "@/modules/live/components/live-status-badge"
import { SessionForm } from "../components/session-form"

/** The host's sessions, newest plan first, and the form to plan another. */
export async function SessionsTemplate({ sessions, defaultStart }: { sessions: Session[]; defaultStart: string }) {
  const t = await getTranslations("host.sessions")
  const tPlatforms = await getTranslations("live.platforms")
  const format = await getFormatter()
  return (
    <div className="portal-sections">
      <section aria-labelledby="sessions-title">
        <h1 id="sessions-title">{t("heading")}</h1>
        {sessions.length === 0 ? (
          <p className="muted">{t("empty")}</p>
        ) : (
          <ul className="plain-list portal-list">
            {sessions.map((s) => (
              <li key={s.id} className="card portal-item">
                <p className="portal-item__title">
                  <Link href={`/portal/host/sessions/${encodeURIComponent(s.id)}`}>{s.title}</Link>
                </p>
                <p className="muted">
                  <LiveStatusBadge status={s.status} /> {tPlatforms(s.platform)} ·{" "}
                  {format.dateTime(new Date(s.started_at ?? s.scheduled_start_at), {
                    dateStyle: "medium",
                    timeStyle: "short",
                  })}{" "}
                  · {t("productCount", { count: s.products.length })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <SessionForm defaultStart={defaultStart} />
    </div>
  )
}
