import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { OrderLookupTemplate } from "@/modules/order/templates/order-lookup-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "afterSale.lookup" })
  return { title: t("title"), robots: { index: false } }
}

export default async function OrderLookupPage({ params }: Props) {
  await resolveLocale(params)
  return <OrderLookupTemplate params={params} />
}
