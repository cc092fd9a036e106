import type { Locale } from "@/i18n/routing"
import { getOfficialSession } from "@/lib/data/official"
import { listMonthlyReports, listReportSubscriptions } from "@/lib/data/report-subscriptions"
import { reportLang } from "@/lib/official/report-query"
import { formatFen } from "@/lib/view/money"
import { formatCount } from "@/lib/view/official"
import { EndSubscriptionButton, SubscribeForm } from "./report-subscribe-form"
import { subscriptionText } from "./report-subscriptions-text"

/**
 * The official's monthly report subscriptions (subscribe for the place read, end one) and the reports issued for
 * them: period, when generated, and their totals.
 */
export async function ReportSubscriptions({ locale, region }: { locale: Locale; region: string }) {
  const session = await getOfficialSession()
  if (session.state !== "signedIn") return null
  const [subscriptions, reports] = await Promise.all([
    listReportSubscriptions(session.token),
    listMonthlyReports(session.token),
  ])
  const text = subscriptionText(locale)
  const when = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(
      new Date(iso),
    )
  return (
    <section aria-labelledby="official-subscriptions-title" className="card official-subscriptions">
      <h2 id="official-subscriptions-title">{text.title}</h2>
      <p className="muted">{text.intro}</p>
      <SubscribeForm text={text} region={region} lang={reportLang(locale)} />
      {subscriptions.length ? (
        <ul data-testid="report-subscriptions">
          {subscriptions.map((s) => (
            <li key={s.id}>
              {s.region_label} · {text.groupings[s.group_by]} · {s.lang === "en" ? "English" : "中文"}{" "}
              <EndSubscriptionButton id={s.id} text={text} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{text.none}</p>
      )}
      <h3>{text.reports}</h3>
      {reports.length ? (
        <div className="official-table-scroll" role="region" aria-label={text.reports} tabIndex={0}>
          <table className="official-table" data-testid="monthly-reports">
            <thead>
              <tr>
                <th scope="col">{text.columns.period}</th>
                <th scope="col">{text.columns.region}</th>
                <th scope="col">{text.columns.generated}</th>
                <th scope="col">{text.columns.sales}</th>
                <th scope="col">{text.columns.households}</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.from} – {r.to}
                  </th>
                  <td>{r.region_label}</td>
                  <td>{when(r.generated_at)}</td>
                  <td>{formatFen(r.totals.sales_fen)}</td>
                  <td>{formatCount(r.totals.households_benefited)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{text.noReports}</p>
      )}
    </section>
  )
}
