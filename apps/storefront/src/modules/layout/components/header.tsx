import { SEARCH_QUERY_MAX_LENGTH } from "@fengshou/search-contract"
import { NextIntlClientProvider, useMessages, useTranslations } from "next-intl"
import { getPathname, Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { CartButton } from "@/modules/cart/components/cart-button"
import { SearchBox } from "@/modules/search/components/search-box"
import { LanguageSwitch } from "./language-switch"

export function Header({ locale }: { locale: Locale }) {
  const t = useTranslations("header")
  const tCooperatives = useTranslations("cooperatives")
  const otherLocale: Locale = locale === "zh-CN" ? "en" : "zh-CN"
  // The layout hands the client only some namespaces; the search box brings its own.
  const { search } = useMessages()
  return (
    <header className="site-header">
      <div className="site-header__inner">
        {/* No aria-label: the visible name and tagline are the link's name (an aria-label without them fails WCAG's
            "label in name" for people who speak to their browser). */}
        <Link href="/" className="site-header__brand">
          <span className="site-header__name">{t("shopName")}</span>
          <span className="site-header__tagline">{t("tagline")}</span>
        </Link>
        <NextIntlClientProvider messages={{ search }}>
          <SearchBox action={getPathname({ href: "/search", locale })} maxLength={SEARCH_QUERY_MAX_LENGTH} />
        </NextIntlClientProvider>
        <CartButton />
        <nav aria-label={t("mainNav")} className="site-nav">
          <Link href="/products" className="site-nav__link">
            {t("allProducts")}
          </Link>
          <Link href="/cooperatives" className="site-nav__link">
            {tCooperatives("nav")}
          </Link>
          <Link href="/account" className="site-nav__link">
            {t("account")}
          </Link>
          <LanguageSwitch locale={otherLocale} label={t("switchLanguage")} ariaLabel={t("switchLanguageLabel")} />
        </nav>
      </div>
    </header>
  )
}
