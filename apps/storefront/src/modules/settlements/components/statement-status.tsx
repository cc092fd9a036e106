import type { StatementView } from "@/lib/view/settlements"
import styles from "../settlements.module.css"

/** 待结算 / 已结算 (Open / Paid). */
export function StatementStatus({ status, label }: { status: StatementView["status"]; label: string }) {
  return (
    <span className={styles.badge} data-status={status} data-testid="statement-status">
      {label}
    </span>
  )
}
