import { useTranslations } from "next-intl"
import { SORTS, fenToYuanText, type ListingParams, type Sort } from "@/lib/view/listing"
import type { OriginOptions } from "@/lib/view/listing-origin"

const SORT_LABELS = {
  newest: "sortNewest",
  price_asc: "sortPriceAsc",
  price_desc: "sortPriceDesc",
} as const satisfies Record<Sort, string>

/**
 * A plain GET form: applying filters is a navigation to the same page with new search params, so it works
 * without JavaScript and the URL always says what is shown.
 */
export function ListingFilters({
  params,
  action,
  options,
}: {
  params: ListingParams
  action: string
  options: OriginOptions
}) {
  const t = useTranslations("listing")
  const tc = useTranslations("cooperatives")
  return (
    <form method="get" action={action} className="listing-filters" aria-labelledby="filters-title">
      <h2 id="filters-title" className="visually-hidden">
        {t("filtersTitle")}
      </h2>
      <fieldset className="listing-filters__price">
        <legend>{t("priceLegend")}</legend>
        <label>
          <span>{t("minPrice")}</span>
          <input
            name="min"
            type="number"
            inputMode="decimal"
            min={0}
            step="0.01"
            defaultValue={params.minFen === null ? "" : fenToYuanText(params.minFen)}
          />
        </label>
        <span aria-hidden="true">–</span>
        <label>
          <span>{t("maxPrice")}</span>
          <input
            name="max"
            type="number"
            inputMode="decimal"
            min={0}
            step="0.01"
            defaultValue={params.maxFen === null ? "" : fenToYuanText(params.maxFen)}
          />
        </label>
      </fieldset>
      {options.provinces.length > 0 && (
        <label className="listing-filters__sort">
          <span>{t("province")}</span>
          <select name="province" defaultValue={params.province ?? ""}>
            <option value="">{t("anyProvince")}</option>
            {options.provinces.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      {options.certifications.length > 0 && (
        <label className="listing-filters__sort">
          <span>{t("certification")}</span>
          <select name="cert" defaultValue={params.cert ?? ""}>
            <option value="">{t("anyCertification")}</option>
            {options.certifications.map((kind) => (
              <option key={kind} value={kind}>
                {tc(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="listing-filters__sort">
        <span>{t("sort")}</span>
        <select name="sort" defaultValue={params.sort}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(SORT_LABELS[sort])}
            </option>
          ))}
        </select>
      </label>
      <div className="listing-filters__actions">
        <button type="submit" className="button">
          {t("apply")}
        </button>
        <a href={action} className="link-button">
          {t("reset")}
        </a>
      </div>
    </form>
  )
}
