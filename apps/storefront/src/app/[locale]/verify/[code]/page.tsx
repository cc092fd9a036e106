import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { getVerification } from "@/lib/data/verify"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"
import { VerifyTemplate } from "@/modules/verify/templates/verify-template"
import "../../../styles/verify.css"

type Props = { params: Promise<{ locale: string; code: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { code }] = await Promise.all([resolveLocale(params), params])
  const t = await getTranslations({ locale, namespace: "verify" })
  // A verification is for whoever holds the paper, not for search engines.
  return { title: t("metaTitle", { code: code.toUpperCase() }), robots: { index: false } }
}

export default async function VerifyPage({ params }: Props) {
  const { code } = await params
  const verification = await unlessUnavailable(getVerification(code))
  if (verification === UNAVAILABLE) return <ShopUnavailable />
  if (!verification) notFound()
  return <VerifyTemplate verification={verification} />
}
