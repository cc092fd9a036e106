import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { LanguageSwitch } from "./language-switch"

export function Header({ locale }: { locale: Locale }) {
  const t = useTranslations("header")
  const otherLocale: Locale = locale === "zh-CN" ? "en" : "zh-CN"
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand" aria-label={t("home")}>
          <span className="site-header__name">{t("shopName")}</span>
          <span className="site-header__tagline">{t("tagline")}</span>
        </Link>
        <nav aria-label={t("switchLanguageLabel")}>
          <LanguageSwitch locale={otherLocale} label={t("switchLanguage")} />
        </nav>
      </div>
    </header>
  )
}
