import type { StatementStatus } from "@fengshou/store-contract"
import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

const COLOR = { open: "orange", paid: "green" } as const

/** 待付 / 已付 (Open / Paid), the way the statement list and page both show it. */
export function StatementStatusBadge({ status }: { status: StatementStatus }) {
  const { t } = useTranslation()
  return <StatusBadge color={COLOR[status]}>{t(`fengshou.settlements.status.${status}`)}</StatusBadge>
}
