import type { InputHTMLAttributes, ReactNode } from "react"

type FieldShell = { id: string; label: string; error?: string | null; hint?: string | null }

/** ids for the hint and the error, tied to the control with aria-describedby. */
export function describedBy({ id, error, hint }: FieldShell): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
}

/** Label, control, hint and inline error, in that order; the error is text, not colour alone. */
export function FieldShell({ id, label, error, hint, children }: FieldShell & { children: ReactNode }) {
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  )
}

type TextFieldProps = FieldShell & Omit<InputHTMLAttributes<HTMLInputElement>, "id">

export function TextField({ id, label, error, hint, ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        className="field__control"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, label, error, hint })}
        {...input}
      />
    </FieldShell>
  )
}

export function SelectField({
  id,
  name,
  label,
  error,
  children,
  defaultValue,
}: {
  id: string
  name: string
  label: string
  error: string | null
  children: ReactNode
  defaultValue?: string
}) {
  return (
    <FieldShell id={id} label={label} error={error}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        className="field__control"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {children}
      </select>
    </FieldShell>
  )
}
