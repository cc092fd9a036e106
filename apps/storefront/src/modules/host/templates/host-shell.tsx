import type { Host } from "@fengshou/live-contract"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { ConsoleShell } from "@/modules/console/console-shell"

export type HostSection = "sessions" | "commissions" | "settlements"
const SECTIONS: { id: HostSection; href: "/portal/host" | "/portal/host/commissions" | "/portal/host/settlements" }[] =
  [
    { id: "sessions", href: "/portal/host" },
    { id: "commissions", href: "/portal/host/commissions" },
    { id: "settlements", href: "/portal/host/settlements" },
  ]

type Props = { section: HostSection; host: Host | null; blockedMessage?: string; children?: ReactNode }

/** The host's name, their status while they may not sell (pending: waiting for approval), the sections, sign-out. */
export async function HostShell({ section, host, blockedMessage, children }: Props) {
  const t = await getTranslations("host")
  const tSettlements = await getTranslations("settlements")
  const status = host?.status ?? "pending"
  const warning = (status !== "approved" || blockedMessage) && (
    <>
      <strong>{t(`status.${status}`)}</strong> {t(`status.${status}Help`)}
      {host?.status_reason ? <span> ({host.status_reason})</span> : null}
    </>
  )
  const nav = {
    label: t("nav.label"),
    current: section,
    links: SECTIONS.map((s) => ({ ...s, label: s.id === "settlements" ? tSettlements("nav") : t(`nav.${s.id}`) })),
  }
  return (
    <ConsoleShell
      actor="host"
      className="host"
      name={host?.name ?? t("title")}
      staff={host?.email}
      warning={warning}
      nav={nav}
    >
      {children}
    </ConsoleShell>
  )
}
