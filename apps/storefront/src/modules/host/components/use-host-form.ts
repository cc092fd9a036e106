"use client"
// Host console forms validate in the browser with the action's own schema; the action may still refuse (the
// backend's 4xx). On success the page is re-read from the server; "signedOut" re-renders it as the login.
import { useState, useTransition, type FormEvent } from "react"
import type { ZodType } from "zod"
import { useRouter } from "@/i18n/navigation"
import { hostFieldErrors, type HostFieldError } from "@/lib/host/schemas"
import type { HostActionResult } from "../actions"

export type HostFailure = Extract<HostActionResult, { ok: false }>
type Options = { onSuccess?: (id?: string) => void; reset?: boolean }

export function useHostForm(schema: ZodType, submit: (values: Record<string, string>) => Promise<HostActionResult>, options: Options = {}) {
  const router = useRouter()
  const [fieldErrors, setFieldErrors] = useState<Record<string, HostFieldError>>({})
  const [failure, setFailure] = useState<HostFailure | null>(null)
  const [pending, startTransition] = useTransition()

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const values: Record<string, string> = {}
    for (const [name, value] of new FormData(form)) if (typeof value === "string") values[name] = value
    const parsed = schema.safeParse(values)
    setFailure(null)
    if (!parsed.success) return setFieldErrors(hostFieldErrors(parsed.error.issues))
    setFieldErrors({})
    startTransition(async () => {
      const result = await submit(values)
      if (result.ok) {
        if (options.reset !== false) form.reset()
        if (options.onSuccess) return options.onSuccess(result.id)
        return router.refresh()
      }
      setFieldErrors(result.fieldErrors ?? {})
      setFailure(result)
      if (result.error === "signedOut") router.refresh()
    })
  }
  return { fieldErrors, failure, pending, onSubmit }
}
