import type {
  FacetValue,
  SearchFacetName,
  SearchHit,
  SearchQuery,
  SearchResponse,
  SearchSort,
} from "@fengshou/search-contract"
import { SEARCH_SORTS } from "@fengshou/search-contract"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { searchQueryString } from "@/lib/data/search"
import { formatFen } from "@/lib/view/money"
import { activeFilterCount, suggestionHref } from "@/lib/view/search-suggest"
import { FacetsDisclosure } from "../components/facets-disclosure"
import { Highlighted } from "../components/highlighted"
import "@/app/styles/search.css"
import { ProductImage } from "@/modules/common/components/product-image"

type Props = { params: SearchQuery; result: SearchResponse; locale: Locale }

/** Where a change to the search leads: the same URL with one value set or cleared, back on the first page. */
const hrefWith = (params: SearchQuery, change: Partial<SearchQuery>) =>
  `/search?${searchQueryString({ ...params, offset: 0, ...change })}`

const FACET_ORDER: SearchFacetName[] = ["category", "province", "certification", "price"]

export function SearchTemplate({ params, result, locale }: Props) {
  const t = useTranslations("search")
  const tSuggest = useTranslations("searchSuggest")
  const en = locale === "en"
  const label = (v: FacetValue) => (en ? (v.label_en ?? v.label) : v.label)
  const hasFilters = FACET_ORDER.some((f) => params[f])
  const filtersOn = activeFilterCount(params)
  return (
    <section className="search-page" aria-labelledby="search-title">
      <h1 id="search-title">{params.q ? t("titleFor", { q: params.q }) : t("title")}</h1>
      <p role="status" className="muted">
        {t("count", { count: result.count })}
      </p>
      {result.did_you_mean && (
        <p className="search-suggest">
          {tSuggest("didYouMean")}{" "}
          <Link href={suggestionHref(params, result.did_you_mean)} className="search-suggest__link">
            {result.did_you_mean}
          </Link>
        </p>
      )}
      <div className="search-page__layout">
        <FacetsDisclosure
          summary={filtersOn ? tSuggest("filtersOn", { count: filtersOn }) : t("filters")}
          label={t("filters")}
        >
          {FACET_ORDER.map((facet) =>
            result.facets[facet].length ? (
              <fieldset key={facet}>
                <legend>{t(`facet.${facet}`)}</legend>
                <ul>
                  {result.facets[facet].map((v) => {
                    const on = params[facet] === v.value
                    return (
                      <li key={v.value}>
                        <Link
                          href={hrefWith(params, { [facet]: on ? undefined : v.value })}
                          aria-current={on ? "true" : undefined}
                          data-facet={facet}
                          data-value={v.value}
                        >
                          <span>{label(v)}</span>
                          <span className="muted">{v.count}</span>
                        </Link>
                      </li>
                    )
                  })}
                </ul>
              </fieldset>
            ) : null,
          )}
          {hasFilters && (
            <Link
              href={hrefWith(params, {
                category: undefined,
                province: undefined,
                certification: undefined,
                price: undefined,
              })}
            >
              {t("clearFilters")}
            </Link>
          )}
        </FacetsDisclosure>
        <div className="search-page">
          <div className="search-sort" aria-label={t("sort")}>
            <span>{t("sort")}</span>
            {SEARCH_SORTS.map((sort: SearchSort) => (
              <Link
                key={sort}
                href={hrefWith(params, { sort })}
                aria-current={params.sort === sort ? "true" : undefined}
              >
                {t(`sorts.${sort}`)}
              </Link>
            ))}
          </div>
          {result.hits.length ? (
            <ResultList hits={result.hits} en={en} />
          ) : (
            <EmptyResults
              q={params.q}
              hasFilters={hasFilters}
              related={result.related}
              en={en}
              clearHref={hrefWith(params, {
                category: undefined,
                province: undefined,
                certification: undefined,
                price: undefined,
              })}
            />
          )}
          <Pages params={params} count={result.count} />
        </div>
      </div>
    </section>
  )
}

function ResultList({ hits, en }: { hits: SearchHit[]; en: boolean }) {
  const t = useTranslations("search")
  return (
    <ul className="search-results" aria-label={t("results")}>
      {hits.map((hit) => (
        <li key={hit.id} className="search-result">
          <Link href={`/products/${hit.handle}`}>
            {hit.thumbnail && (
              <ProductImage
                src={hit.thumbnail}
                alt=""
                width={320}
                height={320}
                sizes="(min-width: 48rem) 14rem, (min-width: 26rem) 50vw, 100vw"
              />
            )}
            <h2 className="search-result__title">
              <Highlighted
                segments={en && hit.title_en ? hit.highlights.title_en : hit.highlights.title}
                fallback={hit.title}
              />
            </h2>
          </Link>
          {hit.cooperative && (
            <p className="search-result__meta">
              {en ? (
                (hit.cooperative.name_en ?? hit.cooperative.name)
              ) : (
                <Highlighted segments={hit.highlights.cooperative} fallback={hit.cooperative.name} />
              )}
              {hit.region.length > 0 && ` · ${[hit.region[0], hit.region[2]].filter(Boolean).join(" ")}`}
            </p>
          )}
          <p>{hit.price_min_fen === null ? t("noPrice") : t("fromPrice", { price: formatFen(hit.price_min_fen) })}</p>
          {!hit.in_stock && <p className="search-result__meta">{t("soldOut")}</p>}
        </li>
      ))}
    </ul>
  )
}

function EmptyResults(props: { q: string; hasFilters: boolean; related: SearchHit[]; en: boolean; clearHref: string }) {
  const t = useTranslations("search")
  const tSuggest = useTranslations("searchSuggest")
  const tips = (
    <ul>
      {props.hasFilters && (
        <li>
          <Link href={props.clearHref}>{t("tipClearFilters")}</Link>
        </li>
      )}
      <li>{t("tipPinyin")}</li>
      <li>{t("tipFewerWords")}</li>
      <li>
        <Link href="/products">{t("browseAll")}</Link>
      </li>
    </ul>
  )
  // Nothing matched the whole query: the best partial matches come first, the tips after them.
  if (props.q && props.related.length > 0) {
    return (
      <div className="search-partial">
        <p className="notice">{tSuggest("partial", { q: props.q })}</p>
        <ResultList hits={props.related} en={props.en} />
        {tips}
      </div>
    )
  }
  return (
    <div className="notice">
      <p>{props.q ? t("emptyFor", { q: props.q }) : t("empty")}</p>
      {tips}
    </div>
  )
}

function Pages({ params, count }: { params: SearchQuery; count: number }) {
  const t = useTranslations("search")
  const prev = params.offset > 0
  const next = params.offset + params.limit < count
  if (!prev && !next) return null
  return (
    <nav className="search-pages" aria-label={t("pages")}>
      {prev && (
        <Link href={hrefWith(params, { offset: Math.max(0, params.offset - params.limit) })}>{t("previous")}</Link>
      )}
      {next && <Link href={hrefWith(params, { offset: params.offset + params.limit })}>{t("next")}</Link>}
    </nav>
  )
}
