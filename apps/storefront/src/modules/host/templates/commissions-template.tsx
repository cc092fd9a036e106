import type { CommissionReport } from "@fengshou/live-contract"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { formatRateBps } from "@/lib/view/live-console"
import { formatFen } from "@/lib/view/money"

/** What the host earned: pending (inside the refund window), confirmed (payable), reversed, and per session. */
export async function CommissionsTemplate({ report }: { report: CommissionReport }) {
  const t = await getTranslations("host.commissions")
  const { totals } = report
  const cards: [string, string][] = [
    [t("pending"), formatFen(totals.pending_fen)],
    [t("confirmed"), formatFen(totals.confirmed_fen)],
    [t("reversed"), formatFen(totals.reversed_fen)],
    [t("netSales"), formatFen(totals.net_sales_fen)],
    [t("orders"), String(totals.orders)],
    [t("rate"), formatRateBps(report.commission_rate_bps)],
  ]
  return (
    <section aria-labelledby="commissions-title" className="host-commissions">
      <h1 id="commissions-title">{t("title")}</h1>
      <p className="muted">{t("explain", { days: report.refund_window_days })}</p>
      <dl className="portal-stats card">
        {cards.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {report.sessions.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <div className="host-table-wrap">
          <table className="host-table">
            <caption className="visually-hidden">{t("bySession")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("session")}</th>
                <th scope="col">{t("orders")}</th>
                <th scope="col">{t("netSales")}</th>
                <th scope="col">{t("pending")}</th>
                <th scope="col">{t("confirmed")}</th>
                <th scope="col">{t("reversed")}</th>
              </tr>
            </thead>
            <tbody>
              {report.sessions.map((s) => (
                <tr key={s.session_id}>
                  <th scope="row">
                    <Link href={`/portal/host/sessions/${encodeURIComponent(s.session_id)}`}>{s.title}</Link>
                  </th>
                  <td>{s.orders}</td>
                  <td>{formatFen(s.net_sales_fen)}</td>
                  <td>{formatFen(s.pending_fen)}</td>
                  <td>{formatFen(s.confirmed_fen)}</td>
                  <td>{formatFen(s.reversed_fen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
