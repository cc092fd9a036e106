import { useTranslations } from "next-intl"
import type { ReliefSummary } from "@fengshou/store-contract"
import { COMPARED_FIGURES, toChangeView, type ChangeView } from "@/lib/view/official"

const PERIODS = ["previous", "year_earlier"] as const

/**
 * Each lead figure of the totals beside the period just before (环比) and the same dates a year earlier (同比):
 * the earlier figure and the change. One card per figure, so a phone reads them top to bottom.
 */
export function ComparedPeriods({ summary }: { summary: ReliefSummary }) {
  const t = useTranslations("official")
  const { compare, totals } = summary
  return (
    <section aria-labelledby="official-compare-title" className="official-compare">
      <h2 id="official-compare-title">{t("compare.title")}</h2>
      <p className="muted official-note">
        {t("compare.periods", {
          previousFrom: compare.previous.from,
          previousTo: compare.previous.to,
          yearFrom: compare.year_earlier.from,
          yearTo: compare.year_earlier.to,
        })}
      </p>
      <ul className="official-compare__cards" data-testid="official-compare">
        {COMPARED_FIGURES.map(([name, field, format]) => (
          <li key={name} className="official-compare__card" data-figure={name}>
            <p className="official-compare__name">{t(`figures.${name}`)}</p>
            <p className="official-compare__now">{format(totals[field])}</p>
            <dl>
              {PERIODS.map((period) => (
                <Change
                  key={period}
                  period={period}
                  label={t(`compare.${period}`)}
                  change={toChangeView(totals[field], compare[period].totals[field], format)}
                  noBase={t("compare.noBase")}
                />
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  )
}

function Change({
  period,
  label,
  change,
  noBase,
}: {
  period: string
  label: string
  change: ChangeView
  noBase: string
}) {
  return (
    <div className={`official-compare__row official-compare__row--${change.direction}`} data-period={period}>
      <dt>{label}</dt>
      <dd>
        <span data-part="before">{change.before}</span>{" "}
        <span data-part="delta">
          {change.delta} ({change.percent ?? noBase})
        </span>
      </dd>
    </div>
  )
}
