"use client"
// Small pieces every cooperative form shares: the form-level alert, field error text and the amount + unit pair.
import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import type { CooperativeFieldError } from "@/lib/cooperative/schemas"
import { FormAlert } from "@/modules/common/components/form-alert"
import { FieldShell } from "@/modules/common/components/field"
import type { CooperativeActionResult } from "../actions"

type Failure = Extract<CooperativeActionResult, { ok: false }> | null

/** The whole-form error in the clerk's language; the backend's own sentence only when we do not know it. */
export function PortalAlert({ failure }: { failure: Failure }) {
  const t = useTranslations("portal.formErrors")
  if (!failure || failure.error === "invalid") return <FormAlert />
  return (
    <FormAlert>
      {t(failure.error)}
      {failure.error === "rejected" && failure.detail ? <span className="portal-detail"> {failure.detail}</span> : null}
    </FormAlert>
  )
}

export function useFieldError(errors: Record<string, CooperativeFieldError>) {
  const t = useTranslations("portal.errors")
  return (name: string) => (errors[name] ? t(errors[name]) : null)
}

type AmountProps = { id: string; name: string; unitName: string; label: string; error: string | null; units: { value: string; label: string }[]; hint?: string }

/** A decimal amount with its unit (斤 / kg, ¥/斤 / ¥/kg); the schema converts it to integers. */
export function AmountField({ id, name, unitName, label, error, units, hint }: AmountProps): ReactNode {
  const t = useTranslations("portal")
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <div className="portal-amount">
        <input id={id} name={name} inputMode="decimal" autoComplete="off" className="field__control" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
        <select name={unitName} aria-label={t("unit")} className="field__control portal-amount__unit">
          {units.map((u) => (
            <option key={u.value} value={u.value}>
              {u.label}
            </option>
          ))}
        </select>
      </div>
    </FieldShell>
  )
}
