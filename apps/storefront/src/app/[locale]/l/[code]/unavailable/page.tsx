import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { getLiveLink } from "@/lib/data/live-server"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { parseClaimRefusal } from "@/lib/view/live"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { LinkUnavailableTemplate } from "@/modules/live/templates/link-unavailable-template"
import "../../../../styles/live.css"

type Props = {
  params: Promise<{ locale: string; code: string }>
  /** `claim`: what the link's click was refused with (sold out, limit reached), when the backend said. */
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "live.link" })
  return { title: t("metaTitle"), robots: { index: false } }
}

/** Where /l/<code> sends a shopper whose link cannot fill the cart: the link is read again to say why. */
export default async function LinkUnavailablePage({ params, searchParams }: Props) {
  const [locale, { code }, { claim }] = await Promise.all([resolveLocale(params), params, searchParams])
  const lookup = await unlessUnavailable(getLiveLink(code, locale))
  if (lookup === UNAVAILABLE) return <ShopUnavailable />
  if (!lookup.ok && lookup.reason === "link_unknown") notFound()
  return <LinkUnavailableTemplate code={code} lookup={lookup} claim={parseClaimRefusal(claim)} />
}
