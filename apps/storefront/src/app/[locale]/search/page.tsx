import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { searchProducts } from "@/lib/data/search-server"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { parseSearchParams } from "@/lib/view/search-params"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { SearchTemplate } from "@/modules/search/templates/search-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "search" })
  const { q } = parseSearchParams(await searchParams)
  return { title: q ? t("titleFor", { q }) : t("title"), robots: { index: false } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const query = parseSearchParams(await searchParams)
  const result = await unlessUnavailable(searchProducts(query))
  if (result === UNAVAILABLE) return <ShopUnavailable />
  return <SearchTemplate params={query} result={result} locale={locale} />
}
