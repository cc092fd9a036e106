import { getFormatter, getLocale, getTranslations } from "next-intl/server"
import { getPathname, Link } from "@/i18n/navigation"
import type { LinkLookup } from "@/lib/data/live"
import { linkStateAfterClaim, type LinkClaimRefusal } from "@/lib/view/live"

/**
 * Why a cart link did not fill the cart, in words: expired, session ended or not started yet, sold out (also when the
 * click's claim found the last units held in other carts), or the shopper's limit reached. A link that works again
 * (the session started meanwhile) offers to try once more. Always a way on: the session's shelf when the session is
 * known, and the shop.
 */
export async function LinkUnavailableTemplate({
  code,
  lookup,
  claim,
}: {
  code: string
  lookup: LinkLookup
  claim: LinkClaimRefusal | null
}) {
  const [t, holdT] = await Promise.all([getTranslations("live.link"), getTranslations("liveHold")])
  const [format, locale] = await Promise.all([getFormatter(), getLocale()])
  const state = linkStateAfterClaim(lookup, claim)
  const session = lookup.ok ? lookup.link.session : null
  const sessionId = session?.id ?? (lookup.ok ? null : lookup.sessionId)
  const when = session
    ? format.dateTime(new Date(session.scheduled_start_at), { dateStyle: "medium", timeStyle: "short" })
    : ""
  // The limit is refused by the claim at the click (库存预扣), so its words live with the holds' messages.
  const [title, body] =
    state === "limit_reached"
      ? [holdT("limitReached.title"), holdT("limitReached.body")]
      : [
          t(`${state}.title`),
          state === "session_not_started" ? t("session_not_started.bodyAt", { time: when }) : t(`${state}.body`),
        ]
  return (
    <section className="notice live-notice" aria-labelledby="link-title">
      <h1 id="link-title">{title}</h1>
      {session && <p className="live-notice__session">{session.title}</p>}
      <p>{body}</p>
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
