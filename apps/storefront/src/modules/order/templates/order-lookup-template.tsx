import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { SectionMessages } from "@/modules/common/components/section-messages"
import { LookupForm } from "../components/lookup-form"
import styles from "../order.module.css"

/** Finding an order without an account: its number and the mobile it ships to. */
export function OrderLookupTemplate({ params }: { params: Promise<{ locale: string }> }) {
  const t = useTranslations("afterSale.lookup")
  return (
    <section aria-labelledby="lookup-title" className={styles.narrow}>
      <h1 id="lookup-title">{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <SectionMessages params={params} namespaces={["afterSale"]}>
        <LookupForm />
      </SectionMessages>
      <p>
        <Link href="/account">{t("haveAccount")}</Link>
      </p>
    </section>
  )
}
