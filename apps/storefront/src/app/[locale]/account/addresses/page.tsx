import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link, redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/resolve-locale"
import { toAddressView } from "@/lib/address/medusa-address"
import { getCurrentCustomer } from "@/lib/data/current-customer"
import { UNAVAILABLE, unlessUnavailable } from "@/lib/medusa"
import { AddressBook } from "@/modules/account/components/address-book"
import { ShopUnavailable } from "@/modules/common/components/shop-unavailable"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "account" })
  return { title: t("addresses"), robots: { index: false } }
}

export default async function AddressesPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const current = await unlessUnavailable(getCurrentCustomer())
  if (current === UNAVAILABLE) return <ShopUnavailable />
  if (!current) redirect({ href: "/account", locale })
  const addresses = (current?.customer.addresses ?? []).map((a) => ({ id: a.id, ...toAddressView(a) }))
  const t = await getTranslations("account")
  return (
    <section aria-labelledby="addresses-title">
      <p>
        <Link href="/account" className="back-link">
          ← {t("backToAccount")}
        </Link>
      </p>
      <h1 id="addresses-title">{t("addresses")}</h1>
      <AddressBook addresses={addresses} />
    </section>
  )
}
