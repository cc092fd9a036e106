"use client"
// Forms validate in the browser with the same zod schema the server action uses: invalid input shows inline
// errors and nothing is sent. The action checks again and may answer with its own field errors.
import { useState, useTransition, type FormEvent } from "react"
import type { ZodType } from "zod"
import { errorsByField, FIELD_ERRORS } from "@/lib/schemas/field-errors"

/** What the actions behind these forms answer: ok (perhaps with an id), or an error key, errors per field, a detail. */
export type FormActionResult =
  { ok: true; id?: string } | { ok: false; error: string; fieldErrors?: Record<string, string>; detail?: string }
type Failure<R> = Extract<R, { ok: false }>
type FieldKey<R> = Failure<R> extends { fieldErrors?: Record<string, infer F> } ? F : never

type Options<R extends FormActionResult> = {
  schema: ZodType
  submit: (values: Record<string, string>) => Promise<R>
  onSuccess?: (result: Extract<R, { ok: true }>) => void
  onFailure?: (failure: Failure<R>) => void
  /** The keys the schema's messages may be (anything else reads as "required"); the shop's by default. */
  errorKeys?: readonly string[]
  /** Empties the form after a success, ready for the next one. */
  reset?: boolean
  /** Moves focus to the first invalid field; the consoles' forms leave it where it is. */
  focusInvalid?: boolean
}

function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [name, value] of new FormData(form)) if (typeof value === "string") values[name] = value
  return values
}

/** Moves focus to the first field, in page order, that has an error, so keyboard and screen-reader users land on it. */
function focusFirstInvalid(form: HTMLFormElement, errors: Record<string, unknown>) {
  const first = Array.from(form.elements).find(
    (el) => el instanceof HTMLElement && errors[(el as HTMLInputElement).name],
  )
  if (first instanceof HTMLElement) first.focus()
}

export function useValidatedForm<R extends FormActionResult>(options: Options<R>) {
  const { schema, submit, onSuccess, onFailure, errorKeys = FIELD_ERRORS, reset = false, focusInvalid = true } = options
  const [fieldErrors, setFieldErrors] = useState<Record<string, FieldKey<R>>>({})
  const [failure, setFailure] = useState<Failure<R> | null>(null)
  const [pending, startTransition] = useTransition()

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const values = formValues(form)
    const parsed = schema.safeParse(values)
    setFailure(null)
    if (!parsed.success) {
      // The keys are the ones the action itself answers for this form.
      const errors = errorsByField(errorKeys, parsed.error.issues) as Record<string, FieldKey<R>>
      setFieldErrors(errors)
      if (focusInvalid) focusFirstInvalid(form, errors)
      return
    }
    setFieldErrors({})
    startTransition(async () => {
      const result = await submit(values)
      if (result.ok) {
        if (reset) form.reset()
        return onSuccess?.(result as Extract<R, { ok: true }>)
      }
      const failed = result as Failure<R>
      const errors = (failed.fieldErrors ?? {}) as Record<string, FieldKey<R>>
      setFieldErrors(errors)
      setFailure(failed)
      if (focusInvalid) focusFirstInvalid(form, errors)
      onFailure?.(failed)
    })
  }

  return { fieldErrors, failure, formError: failure?.error ?? null, pending, onSubmit }
}
