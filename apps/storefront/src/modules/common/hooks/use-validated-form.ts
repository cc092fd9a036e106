"use client"
// Forms validate in the browser with the same zod schema the server action uses: invalid input shows inline
// errors and nothing is sent. The action checks again and may answer with its own field errors.
import { useState, useTransition, type FormEvent } from "react"
import type { ZodType } from "zod"
import { firstErrors, type FieldError } from "@/lib/schemas/field-errors"

/** What the actions behind these forms answer: ok, or an error key and perhaps errors per field. */
export type FormActionResult = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, FieldError> }

type Options<R extends FormActionResult> = {
  schema: ZodType
  submit: (values: Record<string, string>) => Promise<R>
  onSuccess?: (result: R) => void
}

function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [name, value] of new FormData(form)) if (typeof value === "string") values[name] = value
  return values
}

/** Moves focus to the first field, in page order, that has an error, so keyboard and screen-reader users land on it. */
function focusFirstInvalid(form: HTMLFormElement, errors: Record<string, FieldError>) {
  const first = Array.from(form.elements).find((el) => el instanceof HTMLElement && errors[(el as HTMLInputElement).name])
  if (first instanceof HTMLElement) first.focus()
}

export function useValidatedForm<R extends FormActionResult>({ schema, submit, onSuccess }: Options<R>) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, FieldError>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const values = formValues(form)
    const parsed = schema.safeParse(values)
    setFormError(null)
    if (!parsed.success) {
      const errors = firstErrors(parsed.error.issues)
      setFieldErrors(errors)
      focusFirstInvalid(form, errors)
      return
    }
    setFieldErrors({})
    startTransition(async () => {
      const result = await submit(values)
      if (result.ok) return onSuccess?.(result)
      const errors = result.fieldErrors ?? {}
      setFieldErrors(errors)
      setFormError(result.error)
      focusFirstInvalid(form, errors)
    })
  }

  return { fieldErrors, formError, pending, onSubmit }
}
