import { getFormatter, getLocale, getTranslations } from "next-intl/server"
import { getPathname, Link } from "@/i18n/navigation"
import type { LinkLookup } from "@/lib/data/live"
import { linkState } from "@/lib/view/live"

/**
 * Why a cart link did not fill the cart, in words: expired, session ended or not started yet, sold out. A link that
 * works again (the session started meanwhile) offers to try once more. Always a way on: the session's shelf when the
 * session is known, and the shop.
 */
export async function LinkUnavailableTemplate({ code, lookup }: { code: string; lookup: LinkLookup }) {
  const t = await getTranslations("live.link")
  const [format, locale] = await Promise.all([getFormatter(), getLocale()])
  const state = linkState(lookup)
  const session = lookup.ok ? lookup.link.session : null
  const sessionId = session?.id ?? (lookup.ok ? null : lookup.sessionId)
  const when = session
    ? format.dateTime(new Date(session.scheduled_start_at), { dateStyle: "medium", timeStyle: "short" })
    : ""
  return (
    <section className="notice live-notice" aria-labelledby="link-title">
      <h1 id="link-title">{t(`${state}.title`)}</h1>
      {session && <p className="live-notice__session">{session.title}</p>}
      <p>{state === "session_not_started" ? t("session_not_started.bodyAt", { time: when }) : t(`${state}.body`)}</p>
      <div className="live-notice__actions">
        {state === "ready" && (
          // A plain link: /l/<code> is a route handler that writes the cart, so it must never be prefetched.
          <a href={getPathname({ href: `/l/${encodeURIComponent(code)}`, locale })} className="button">
            {t("ready.action")}
          </a>
        )}
        {sessionId && (
          <Link
            href={`/live/${encodeURIComponent(sessionId)}`}
            className={state === "ready" ? "button button--secondary" : "button"}
          >
            {t("toShelf")}
          </Link>
        )}
        <Link href="/products" className="button button--secondary">
          {t("toShop")}
        </Link>
      </div>
    </section>
  )
}
