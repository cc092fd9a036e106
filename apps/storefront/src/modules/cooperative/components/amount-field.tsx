"use client"

import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import { FieldShell } from "@/modules/common/components/field"

type AmountProps = {
  id: string
  name: string
  unitName: string
  label: string
  error: string | null
  units: { value: string; label: string }[]
  hint?: string
}

/** A decimal amount with its unit (斤 / kg, ¥/斤 / ¥/kg); the schema converts it to integers. */
export function AmountField({ id, name, unitName, label, error, units, hint }: AmountProps): ReactNode {
  const t = useTranslations("portal")
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <div className="portal-amount">
        <input
          id={id}
          name={name}
          inputMode="decimal"
          autoComplete="off"
          className="field__control"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
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
