import { useTranslations } from "next-intl"
import { EXPORT_FORMATS, REPORT_GROUPINGS, type ReportFilters, type ReportLang } from "@/lib/official/report-query"

/**
 * Exports the place and period on screen, in the official's language. Downloads go through the storefront's /api/official/export, which forwards the official's token from the
 * httpOnly cookie: a plain GET form, so the browser saves the file and no script ever holds the token.
 */
export function ExportForm({ filters, lang }: { filters: ReportFilters; lang: ReportLang }) {
  const t = useTranslations("official.export")
  return (
    <form
      method="get"
      action="/api/official/export"
      className="card official-export"
      aria-labelledby="official-export-title"
    >
      <h2 id="official-export-title">{t("title")}</h2>
      <input type="hidden" name="from" value={filters.from} />
      <input type="hidden" name="to" value={filters.to} />
      <input type="hidden" name="region" value={filters.region} />
      <input type="hidden" name="lang" value={lang} />
      <div className="field">
        <label htmlFor="official-export-group" className="field__label">
          {t("groupBy")}
        </label>
        <select id="official-export-group" name="group_by" className="field__control" defaultValue="cooperative">
          {REPORT_GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {t(`grouping.${g}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions-row">
        {EXPORT_FORMATS.map((format) => (
          <button key={format} type="submit" name="format" value={format} className="button button--secondary">
            {t("download", { format: format.toUpperCase() })}
          </button>
        ))}
      </div>
      <p className="muted official-export__note">{t("note")}</p>
    </form>
  )
}
