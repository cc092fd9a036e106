"use client"
// Portal forms validate in the browser with the action's own schema; the action may still answer field errors
// (the backend's known 400s). A "signedOut" answer re-renders the page, which then shows the login.
import { useRouter } from "@/i18n/navigation"
import { useState, useTransition, type FormEvent } from "react"
import type { ZodType } from "zod"
import { cooperativeFieldErrors, type CooperativeFieldError } from "@/lib/cooperative/schemas"
import type { CooperativeActionResult } from "../actions"

type Failure = Extract<CooperativeActionResult, { ok: false }>

export function usePortalForm(schema: ZodType, submit: (values: Record<string, string>) => Promise<CooperativeActionResult>, onSuccess?: (id?: string) => void) {
  const router = useRouter()
  const [fieldErrors, setFieldErrors] = useState<Record<string, CooperativeFieldError>>({})
  const [failure, setFailure] = useState<Failure | null>(null)
  const [pending, startTransition] = useTransition()

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const values: Record<string, string> = {}
    for (const [name, value] of new FormData(form)) if (typeof value === "string") values[name] = value
    const parsed = schema.safeParse(values)
    setFailure(null)
    if (!parsed.success) return setFieldErrors(cooperativeFieldErrors(parsed.error.issues))
    setFieldErrors({})
    startTransition(async () => {
      const result = await submit(values)
      if (result.ok) {
        form.reset()
        router.refresh()
        return onSuccess?.(result.id)
      }
      setFieldErrors(result.fieldErrors ?? {})
      setFailure(result)
      if (result.error === "signedOut") router.refresh()
    })
  }
  return { fieldErrors, failure, pending, onSubmit }
}
