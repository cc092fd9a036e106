import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { getLiveHolds, getLiveLink } from "@/lib/data/live-server"
import { loadExpressForm } from "@/lib/live/express"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { getLiveHoldToken } from "@/lib/session"
import { toLinkHeldView } from "@/lib/view/live"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { LinkHeldTemplate } from "@/modules/live/templates/link-held-template"
import { LinkUnavailableTemplate } from "@/modules/live/templates/link-unavailable-template"
import "../../../../styles/live.css"

type Props = { params: Promise<{ locale: string; code: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "live.held" })
  return { title: t("metaTitle"), robots: { index: false } }
}

/** Where /l/<code> sends a shopper once their click held the link's units: the holds under their token, read afresh. */
export default async function LinkHeldPage({ params }: Props) {
  const [locale, { code }, token] = await Promise.all([resolveLocale(params), params, getLiveHoldToken()])
  const [lookup, read, express] = await Promise.all([
    unlessUnavailable(getLiveLink(code, locale)),
    token ? unlessUnavailable(getLiveHolds(token)) : null,
    unlessUnavailable(loadExpressForm()),
  ])
  if (lookup === UNAVAILABLE || read === UNAVAILABLE) return <ShopUnavailable />
  if (!lookup.ok && lookup.reason === "link_unknown") notFound()
  if (!lookup.ok) return <LinkUnavailableTemplate code={code} lookup={lookup} claim={null} />
  return (
    <LinkHeldTemplate
      code={code}
      token={token ?? ""}
      view={toLinkHeldView(lookup.link, read?.holds ?? [])}
      // The one-step checkout is a convenience: without the shop's answer about the cart, the page offers the cart only.
      express={express === UNAVAILABLE ? null : express}
    />
  )
}
