import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import styles from "./site-footer.module.css"

/** The site's footer: for now the way in for cooperatives that want to sell here (合作社入驻). */
export async function SiteFooter() {
  const t = await getTranslations("cooperativeSignUp")
  return (
    <footer className={styles.footer}>
      <nav aria-label={t("title")}>
        <Link href="/portal/cooperative/register">{t("footerLink")}</Link>
      </nav>
    </footer>
  )
}
