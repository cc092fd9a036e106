import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { getCooperative } from "@/lib/data/cooperatives"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { CatalogUnavailable } from "@/modules/common/components/shop-unavailable"
import { CooperativeTemplate } from "@/modules/cooperatives/templates/cooperative-template"

// Served whole from Next's cache (src/lib/security-headers.ts, isCachedCatalogPath): rendered on its first visit,
// then again when the backend's revalidate hook expires its tags or after its reads' 60 s.
export const dynamic = "force-static"

type Props = { params: Promise<{ locale: string; handle: string }> }

// Both calls below hit the same fetch, which Next memoizes within a request.
async function loadCooperative(params: Props["params"]) {
  const [locale, { handle }] = await Promise.all([resolveLocale(params), params])
  return unlessUnavailable(getCooperative(handle, locale))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const cooperative = await loadCooperative(params)
  if (cooperative === UNAVAILABLE || !cooperative) return {}
  return { title: cooperative.name, description: cooperative.region.join(" ") || undefined }
}

export default async function CooperativePage({ params }: Props) {
  const cooperative = await loadCooperative(params)
  if (cooperative === UNAVAILABLE) return <CatalogUnavailable />
  if (!cooperative) notFound()
  return <CooperativeTemplate cooperative={cooperative} />
}
