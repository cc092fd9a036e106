"use client"

import { useState } from "react"
import { useTranslations } from "next-intl"
import { cancelSchema } from "@/lib/cooperative/after-sale-schemas"
import { describedBy, FieldShell } from "@/modules/common/components/field"
import { ConsoleAlert, useConsoleFieldError } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { cancelOrder } from "../after-sale-actions"
import styles from "../after-sale.module.css"
import { useShowHandled } from "./use-show-handled"

/**
 * Cancels an unshipped order in two steps: "cancel order" opens the reason and a warning, "confirm" sends it. A refusal
 * (shipped meanwhile, or another cooperative's lines in the order) shows the backend's sentence.
 */
export function CancelOrderForm({ orderId }: { orderId: string }) {
  const t = useTranslations("cooperativeAfterSale.cancel")
  const tp = useTranslations("portal")
  const [open, setOpen] = useState(false)
  const showHandled = useShowHandled()
  const form = useConsoleForm("cooperative", cancelSchema, cancelOrder, { onSuccess: showHandled })
  const error = useConsoleFieldError("cooperative", form.fieldErrors)
  const id = `cancel-reason-${orderId}`
  const panelId = `cancel-${orderId}`
  if (!open)
    return (
      <button
        type="button"
        className={`link-button ${styles.cancel}`}
        aria-expanded={false}
        aria-controls={panelId}
        onClick={() => setOpen(true)}
      >
        {t("open")}
      </button>
    )
  const reasonError = error("reason")
  return (
    <form id={panelId} noValidate onSubmit={form.onSubmit} className={`portal-form ${styles.section}`}>
      <ConsoleAlert actor="cooperative" failure={form.failure} />
      <input type="hidden" name="orderId" value={orderId} />
      <FieldShell id={id} label={t("reason")} error={reasonError} hint={t("reasonHint")}>
        <textarea
          id={id}
          name="reason"
          maxLength={200}
          rows={2}
          className={`field__control ${styles.textarea}`}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={describedBy({ id, label: "", error: reasonError, hint: t("reasonHint") })}
          autoFocus
        />
      </FieldShell>
      <p className={styles.warning}>{t("warning")}</p>
      <div className={styles.buttons}>
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? tp("working") : t("confirm")}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t("keep")}
        </button>
      </div>
    </form>
  )
}
