"use client"

import { fenToYuanString } from "@fengshou/relief-core"
import { useTranslations } from "next-intl"
import { refundSchema } from "@/lib/cooperative/after-sale-schemas"
import { formatFen } from "@/lib/view/money"
import { TextField } from "@/modules/common/components/field"
import { ConsoleAlert, useConsoleFieldError } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { refundReturn } from "../after-sale-actions"
import styles from "../after-sale.module.css"
import { useShowHandled } from "./use-show-handled"

/**
 * Refunds a received return: the amount starts at all that is refundable and may be lowered (typed in yuan, sent in
 * fen). The backend's refusal of the amount (422) shows under the field, with its own sentence.
 */
export function RefundForm({ returnId, refundableFen }: { returnId: string; refundableFen: number }) {
  const t = useTranslations("cooperativeAfterSale.returns")
  const tp = useTranslations("portal")
  const showHandled = useShowHandled()
  const form = useConsoleForm("cooperative", refundSchema, refundReturn, { reset: false, onSuccess: showHandled })
  const fieldError = useConsoleFieldError("cooperative", form.fieldErrors)
  const max = formatFen(refundableFen)
  // "invalid" with a detail is the backend refusing the amount; other refusals go to the form's alert.
  const refused = form.failure?.error === "invalid" ? form.failure.detail : undefined
  const amountError = fieldError("amount") ?? (refused ? `${t("refundTooMuch", { max })} ${refused}` : null)
  const id = `refund-${returnId}`
  return (
    <form noValidate onSubmit={form.onSubmit} className={`portal-form ${styles.section}`}>
      <ConsoleAlert actor="cooperative" failure={refused ? null : form.failure} />
      <input type="hidden" name="returnId" value={returnId} />
      <TextField
        id={id}
        name="amount"
        label={t("refundAmount")}
        hint={t("refundHint", { max })}
        defaultValue={fenToYuanString(refundableFen)}
        inputMode="decimal"
        autoComplete="off"
        error={amountError}
      />
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? tp("working") : t("refundSubmit")}
      </button>
    </form>
  )
}
