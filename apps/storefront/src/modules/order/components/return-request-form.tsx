"use client"

import type { ReturnReason } from "@fengshou/store-contract"
import { useFormatter, useTranslations } from "next-intl"
import { useState } from "react"
import type { OrderStatusLine } from "@/lib/view/order-status"
import { FieldShell, SelectField, TextField } from "@/modules/common/components/field"
import { FormAlert } from "@/modules/common/components/form-alert"
import { useValidatedForm } from "@/modules/common/hooks/use-validated-form"
import { requestReturn } from "../actions"
import { NOTE_MAX, quantityField, RETURN_FIELD_ERRORS, returnRequestSchema } from "../return-request"
import styles from "../order.module.css"

type Props = { orderId: string; lines: OrderStatusLine[]; reasons: ReturnReason[]; noReasonUntil: string | null }

/** 申请退货/退款: how many of each shipped line (up to what may still go back), why, and a note. */
export function ReturnRequestForm({ orderId, lines, reasons, noReasonUntil }: Props) {
  const t = useTranslations("afterSale.returnForm")
  const tReason = useTranslations("afterSale.reasons")
  const tField = useTranslations("afterSale.returnErrors")
  const tError = useTranslations("afterSale.errors")
  const format = useFormatter()
  const [sent, setSent] = useState(false)
  const form = useValidatedForm({
    schema: returnRequestSchema(lines, reasons),
    submit: (values) => requestReturn(orderId, values),
    errorKeys: RETURN_FIELD_ERRORS,
    reset: true,
    onSuccess: () => setSent(true),
  })
  const error = (name: string) => (form.fieldErrors[name] ? tField(form.fieldErrors[name]) : null)
  const failure = form.failure
  // A calendar day in Shanghai, where the backend counts the seven days.
  const until = noReasonUntil ? new Date(`${noReasonUntil}T12:00:00+08:00`) : null
  const untilText = until ? format.dateTime(until, { dateStyle: "long", timeZone: "Asia/Shanghai" }) : null
  return (
    <form
      noValidate
      onSubmit={form.onSubmit}
      onChange={() => setSent(false)}
      className={`card checkout-form ${styles.action}`}
      aria-labelledby="return-title"
    >
      <h2 id="return-title">{t("title")}</h2>
      <div>
        <p role="status">{sent ? t("done") : null}</p>
        <FormAlert>
          {failure && failure.error !== "invalid" ? (
            <>
              {tError(failure.error === "alreadyShipped" ? "failed" : failure.error)}
              {failure.detail ? ` (${failure.detail})` : null}
            </>
          ) : null}
        </FormAlert>
      </div>
      <fieldset className={styles.fieldset} aria-describedby={error("lines") ? "return-lines-error" : undefined}>
        <legend>{t("linesLegend")}</legend>
        {lines.map((line) => (
          <div key={line.id} className={styles.returnLine}>
            <span>
              {line.title} {line.variantTitle}
              <br />
              <span className="muted">{t("returnable", { count: line.returnableQuantity })}</span>
            </span>
            <TextField
              id={`return-${line.id}`}
              name={quantityField(line.id)}
              label={t("quantity")}
              type="number"
              inputMode="numeric"
              min={0}
              max={line.returnableQuantity}
              defaultValue={lines.length === 1 ? 1 : 0}
              error={error(quantityField(line.id))}
            />
          </div>
        ))}
        {error("lines") && (
          <p id="return-lines-error" className="field__error">
            {error("lines")}
          </p>
        )}
      </fieldset>
      <SelectField id="return-reason" name="reason" label={t("reason")} error={error("reason")}>
        <option value="">{t("chooseReason")}</option>
        {reasons.map((reason) => (
          <option key={reason} value={reason}>
            {tReason(reason)}
          </option>
        ))}
      </SelectField>
      {untilText && <p className="muted">{t("noReasonUntil", { date: untilText })}</p>}
      <FieldShell id="return-note" label={t("note")} error={error("note")} hint={t("noteHint", { max: NOTE_MAX })}>
        <textarea
          id="return-note"
          name="note"
          rows={3}
          maxLength={NOTE_MAX}
          className="field__control"
          aria-invalid={error("note") ? true : undefined}
          aria-describedby={error("note") ? "return-note-hint return-note-error" : "return-note-hint"}
        />
      </FieldShell>
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? t("working") : t("submit")}
      </button>
    </form>
  )
}
