"use client"

import { useTranslations } from "next-intl"
import { useId, useState } from "react"

type Props = {
  value: number
  /** Called with a whole number within [min, max] when the shopper steps or leaves the field. */
  onChange: (quantity: number) => void
  label: string
  min?: number
  max?: number
  disabled?: boolean
}

/** − [n] +, keyboard-usable: the field takes typed numbers, the buttons step by one. */
export function QuantityStepper({ value, onChange, label, min = 1, max = 99, disabled = false }: Props) {
  const t = useTranslations("cart")
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const clamp = (n: number) => Math.min(max, Math.max(min, n))
  const commit = () => {
    if (draft === null) return
    const typed = Number.parseInt(draft, 10)
    setDraft(null)
    if (Number.isFinite(typed) && clamp(typed) !== value) onChange(clamp(typed))
  }
  return (
    <div className="stepper">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <button
        type="button"
        className="stepper__button"
        aria-label={t("decrease")}
        aria-controls={id}
        disabled={disabled || value <= min}
        onClick={() => onChange(clamp(value - 1))}
      >
        −
      </button>
      <input
        id={id}
        className="stepper__input"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={draft ?? String(value)}
        disabled={disabled}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault()
            commit()
          }
        }}
      />
      <button
        type="button"
        className="stepper__button"
        aria-label={t("increase")}
        aria-controls={id}
        disabled={disabled || value >= max}
        onClick={() => onChange(clamp(value + 1))}
      >
        +
      </button>
    </div>
  )
}
