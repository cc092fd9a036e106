import { getLocale, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import type { PortalProfile } from "@/lib/data/portal-profile"
import { SignOutButton } from "../components/sign-out-button"

export type CooperativeSection = "lots" | "households" | "orders" | "products"
const SECTIONS: { id: CooperativeSection; href: string }[] = [
  { id: "lots", href: "/portal/cooperative" },
  { id: "households", href: "/portal/cooperative/households" },
  { id: "orders", href: "/portal/cooperative/orders" },
  { id: "products", href: "/portal/cooperative/products" },
]

/** The cooperative's name, a banner while it cannot write, the sections as tabs, and sign-out. */
export async function CooperativeShell({ section, profile, children }: { section: CooperativeSection; profile: PortalProfile; children: ReactNode }) {
  const t = await getTranslations("portal")
  const { cooperative, staff } = profile
  const name = (await getLocale()) === "en" ? cooperative.name_en : cooperative.name_zh
  return (
    <div className="portal">
      <header className="portal-header">
        <div>
          <p className="portal-header__name">{name}</p>
          <p className="muted portal-header__staff">{staff.email}</p>
        </div>
        <SignOutButton />
      </header>
      {cooperative.status !== "approved" && (
        <div className="portal-banner portal-banner--warning" role="status">
          <strong>{t(`status.${cooperative.status}`)}</strong> {t(`status.${cooperative.status}Help`)}
          {cooperative.status_reason ? <span> ({cooperative.status_reason})</span> : null}
        </div>
      )}
      <nav aria-label={t("nav.label")} className="portal-nav">
        {SECTIONS.map((s) => (
          <Link key={s.id} href={s.href} className="portal-nav__link" aria-current={s.id === section ? "page" : undefined}>
            {t(`nav.${s.id}`)}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  )
}
