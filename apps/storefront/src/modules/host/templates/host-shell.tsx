import type { Host } from "@fengshou/live-contract"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import { HostSignOutButton } from "../components/sign-out-button"

export type HostSection = "sessions" | "commissions"
const SECTIONS: { id: HostSection; href: "/portal/host" | "/portal/host/commissions" }[] = [
  { id: "sessions", href: "/portal/host" },
  { id: "commissions", href: "/portal/host/commissions" },
]

type Props = { section: HostSection; host: Host | null; blockedMessage?: string; children?: ReactNode }

/** The host's name, their status while they may not sell (pending: waiting for approval), the sections, sign-out. */
export async function HostShell({ section, host, blockedMessage, children }: Props) {
  const t = await getTranslations("host")
  const status = host?.status ?? "pending"
  return (
    <div className="portal host">
      <header className="portal-header">
        <div>
          <p className="portal-header__name">{host?.name ?? t("title")}</p>
          {host && <p className="muted portal-header__staff">{host.email}</p>}
        </div>
        <HostSignOutButton />
      </header>
      {(status !== "approved" || blockedMessage) && (
        <div className="portal-banner portal-banner--warning" role="status">
          <strong>{t(`status.${status}`)}</strong> {t(`status.${status}Help`)}
          {host?.status_reason ? <span> ({host.status_reason})</span> : null}
        </div>
      )}
      {children && (
        <>
          <nav aria-label={t("nav.label")} className="portal-nav">
            {SECTIONS.map((s) => (
              <Link key={s.id} href={s.href} className="portal-nav__link" aria-current={s.id === section ? "page" : undefined}>
                {t(`nav.${s.id}`)}
              </Link>
            ))}
          </nav>
          {children}
        </>
      )}
    </div>
  )
}
