import { getLocale, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import type { CooperativeMeResponse } from "@/lib/data/cooperative-profile"
import { Link } from "@/i18n/navigation"
import { ConsoleShell } from "@/modules/console/console-shell"

export type CooperativeSection =
  "lots" | "households" | "orders" | "returns" | "products" | "certificates" | "settlements"
const SECTIONS: { id: CooperativeSection; href: string }[] = [
  { id: "lots", href: "/portal/cooperative" },
  { id: "households", href: "/portal/cooperative/households" },
  { id: "orders", href: "/portal/cooperative/orders" },
  { id: "returns", href: "/portal/cooperative/returns" },
  { id: "products", href: "/portal/cooperative/products" },
  { id: "certificates", href: "/portal/cooperative/certificates" },
  { id: "settlements", href: "/portal/cooperative/settlements" },
]

/** The cooperative's name, a banner while it cannot write, the sections as tabs, and sign-out. */
export async function CooperativeShell({
  section,
  profile,
  children,
}: {
  section: CooperativeSection
  profile: CooperativeMeResponse
  children: ReactNode
}) {
  const t = await getTranslations("portal")
  const tAfterSale = await getTranslations("cooperativeAfterSale")
  const tSettlements = await getTranslations("settlements")
  const tCertificates = await getTranslations("certificates.portal")
  const { cooperative, staff } = profile
  const name = (await getLocale()) === "en" ? cooperative.name_en : cooperative.name_zh
  const tSignUp = await getTranslations("cooperativeSignUp")
  // Waiting for review or rejected: the sign-up page shows the status, the operator's reason and the correction form.
  const warning =
    cooperative.status === "suspended" ? (
      <>
        <strong>{t("status.suspended")}</strong> {t("status.suspendedHelp")}
        {cooperative.status_reason ? <span> ({cooperative.status_reason})</span> : null}
      </>
    ) : cooperative.status !== "approved" ? (
      <>
        <strong>{tSignUp(`status.${cooperative.status}`)}</strong>{" "}
        {cooperative.status === "rejected" && cooperative.status_reason ? (
          <span>({cooperative.status_reason}) </span>
        ) : null}
        <Link href="/portal/cooperative/register">
          {cooperative.status === "rejected" ? tSignUp("status.correct") : tSignUp("status.review")}
        </Link>
      </>
    ) : null
  const nav = {
    label: t("nav.label"),
    current: section,
    links: SECTIONS.map((s) => ({
      ...s,
      label:
        s.id === "returns"
          ? tAfterSale("nav")
          : s.id === "settlements"
            ? tSettlements("nav")
            : s.id === "certificates"
              ? tCertificates("nav")
              : t(`nav.${s.id}`),
    })),
  }
  return (
    <ConsoleShell actor="cooperative" name={name} staff={staff.email} warning={warning} nav={nav}>
      {children}
    </ConsoleShell>
  )
}
