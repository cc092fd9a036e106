import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { CheckoutReturn } from "@/modules/checkout/templates/checkout-return"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "checkout" })
  return { title: t("returnTitle"), robots: { index: false } }
}

/** Where Alipay and WeChat Pay send the shopper back (Stripe's `return_url`): the order is placed from here. */
export default async function CheckoutReturnPage({ params }: Props) {
  await resolveLocale(params)
  return <CheckoutReturn />
}
