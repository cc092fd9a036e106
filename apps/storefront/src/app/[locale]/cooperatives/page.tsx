import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { listCooperatives } from "@/lib/data/cooperatives"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { CatalogUnavailable } from "@/modules/common/components/shop-unavailable"
import { CooperativeListTemplate } from "@/modules/cooperatives/templates/cooperative-list-template"

// Served whole from Next's cache (src/lib/security-headers.ts, isCachedCatalogPath): rendered on its first visit,
// then again when the backend's revalidate hook expires its tags or after its reads' 60 s.
export const dynamic = "force-static"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "cooperatives" })
  return { title: t("title"), description: t("intro") }
}

export default async function CooperativesPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const cooperatives = await unlessUnavailable(listCooperatives(locale))
  if (cooperatives === UNAVAILABLE) return <CatalogUnavailable />
  return <CooperativeListTemplate cooperatives={cooperatives} />
}
