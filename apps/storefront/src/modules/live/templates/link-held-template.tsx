import { getLocale, getTranslations } from "next-intl/server"
import { getPathname, Link } from "@/i18n/navigation"
import type { ExpressForm as ExpressFormProps } from "@/lib/live/express"
import type { LinkHeldView } from "@/lib/view/live"
import { formatFen } from "@/lib/view/money"
import { ExpressForm } from "../components/express-form"
import { HeldLines } from "../components/held-lines"

/**
 * Where a cart link's click lands (库存预扣): what is held for the shopper at the live price, each line counting down,
 * and "check out", which puts the held units into their cart (a form posting to /l/<code>, so it works without
 * script). Below it, for a shopper whose cart holds nothing else, the one-step checkout (`express`): the address
 * here, then straight to the payment. When nothing is held any more (the holds ended), the shopper may try again.
 */
export async function LinkHeldTemplate({
  code,
  token,
  view,
  express,
}: {
  code: string
  token: string
  view: LinkHeldView
  express: ExpressFormProps | null
}) {
  const [t, locale] = await Promise.all([getTranslations("live.held"), getLocale()])
  const linkPath = getPathname({ href: `/l/${encodeURIComponent(code)}`, locale })
  const from = t("from", { title: view.sessionTitle, host: view.hostName })
  if (!view.held.length)
    return (
      <section className="notice live-notice" aria-labelledby="held-title">
        <h1 id="held-title">{t("noneTitle")}</h1>
        <p className="live-notice__session">{from}</p>
        <p>{t("noneBody")}</p>
        <div className="live-notice__actions">
          {/* A plain link: /l/<code> holds units, so it must never be prefetched. */}
          <a href={linkPath} className="button">
            {t("retry")}
          </a>
          <Link href={`/live/${encodeURIComponent(view.sessionId)}`} className="button button--secondary">
            {t("toShelf")}
          </Link>
        </div>
      </section>
    )
  const lines = view.held.map((line) => ({
    ...line,
    each: t("each", { price: formatFen(line.unitFen), quantity: line.quantity }),
    line: formatFen(line.lineFen),
  }))
  return (
    <section className="live-held" aria-labelledby="held-title">
      <p className="live-held__from">{from}</p>
      <h1 id="held-title">{t("title")}</h1>
      <p>{t("body")}</p>
      <HeldLines token={token} lines={lines} />
      <p className="live-held__total">
        <span>{t("total")}</span> <strong data-testid="held-total">{formatFen(view.totalFen)}</strong>
      </p>
      {view.missing.length > 0 && (
        <p className="muted">
          {t("missing", { titles: view.missing.map((m) => `${m.title} ${m.variantTitle}`).join("、") })}
        </p>
      )}
      <div className="live-held__actions">
        <form method="post" action={linkPath}>
          <button type="submit" className="button live-held__checkout">
            {t("checkout")}
          </button>
        </form>
        <Link href={`/live/${encodeURIComponent(view.sessionId)}`} className="button button--secondary">
          {t("toShelf")}
        </Link>
      </div>
      {express && <ExpressForm code={code} {...express} />}
    </section>
  )
}
