import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { cache } from "react"
import { resolveLocale } from "@/i18n/resolve-locale"
import type { Locale } from "@/i18n/routing"
import { getLiveSession } from "@/lib/data/live-server"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { toLiveShelfView } from "@/lib/view/live"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { LiveShelfTemplate } from "@/modules/live/templates/live-shelf-template"

type Props = { params: Promise<{ locale: string; id: string }> }

// Metadata and page read the same session once per request; it is never cached, since `remaining` moves.
const loadSession = cache((id: string, locale: Locale) => unlessUnavailable(getLiveSession(id, locale)))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { id }] = await Promise.all([resolveLocale(params), params])
  const session = await loadSession(id, locale)
  if (session === UNAVAILABLE || !session) return {}
  const t = await getTranslations({ locale, namespace: "live.shelf" })
  return { title: t("metaTitle", { title: session.title }) }
}

export default async function LiveSessionPage({ params }: Props) {
  const [locale, { id }] = await Promise.all([resolveLocale(params), params])
  const session = await loadSession(id, locale)
  if (session === UNAVAILABLE) return <ShopUnavailable />
  if (!session) notFound()
  return <LiveShelfTemplate shelf={toLiveShelfView(session)} />
}
