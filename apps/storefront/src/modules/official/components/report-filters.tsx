import { useTranslations } from "next-intl"
import type { FilterProblem, ReportFilters } from "@/lib/official/report-query"
import { RegionPicker } from "./region-picker"

type Props = {
  filters: ReportFilters
  scope: { code: string; label: string }
  problems: FilterProblem[]
  today: string
}

/** Period and region, sent as a plain GET so every view of the report has its own URL. */
export function ReportFiltersForm({ filters, scope, problems, today }: Props) {
  const t = useTranslations("official.filters")
  return (
    <form method="get" className="card official-filters" aria-labelledby="official-filters-title">
      <h2 id="official-filters-title" className="visually-hidden">
        {t("title")}
      </h2>
      {problems.length > 0 && (
        <ul className="portal-banner portal-banner--warning official-problems" role="status">
          {problems.map((p) => (
            <li key={p}>{t(`problem.${p}`)}</li>
          ))}
        </ul>
      )}
      <fieldset className="official-period">
        <legend>{t("period")}</legend>
        <div className="field">
          <label htmlFor="official-from" className="field__label">
            {t("from")}
          </label>
          <input
            id="official-from"
            name="from"
            type="date"
            className="field__control"
            defaultValue={filters.from}
            max={today}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="official-to" className="field__label">
            {t("to")}
          </label>
          <input id="official-to" name="to" type="date" className="field__control" defaultValue={filters.to} required />
        </div>
      </fieldset>
      <RegionPicker scope={scope} initial={filters.region} />
      <button type="submit" className="button">
        {t("submit")}
      </button>
    </form>
  )
}
