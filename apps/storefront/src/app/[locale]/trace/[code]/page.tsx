import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import type { Locale } from "@/i18n/routing"
import { getTrace } from "@/lib/data/trace"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import type { TraceView } from "@/lib/view/trace"
import { CatalogUnavailable } from "@/modules/common/components/shop-unavailable"
import { TraceTemplate } from "@/modules/trace/templates/trace-template"

// Served whole from Next's cache (src/lib/security-headers.ts, isCachedCatalogPath): rendered on its first visit,
// then again when the backend's revalidate hook expires its tags or after its reads' 60 s.
export const dynamic = "force-static"

type Props = { params: Promise<{ locale: string; code: string }> }

// Both calls below hit the same fetch, which Next memoizes within a request.
async function loadTrace(
  params: Props["params"],
): Promise<{ locale: Locale; trace: TraceView | null | typeof UNAVAILABLE }> {
  const [locale, { code }] = await Promise.all([resolveLocale(params), params])
  return { locale, trace: await unlessUnavailable(getTrace(code, locale)) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, trace } = await loadTrace(params)
  if (trace === UNAVAILABLE || !trace) return {}
  const t = await getTranslations({ locale, namespace: "trace" })
  // A trace page is for whoever holds the label, not for search engines.
  return { title: t("metaTitle", { code: trace.code }), robots: { index: false } }
}

export default async function TracePage({ params }: Props) {
  const { locale, trace } = await loadTrace(params)
  if (trace === UNAVAILABLE) return <CatalogUnavailable />
  if (!trace) notFound()
  return <TraceTemplate trace={trace} locale={locale} />
}
