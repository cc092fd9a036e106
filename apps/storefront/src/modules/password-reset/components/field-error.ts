"use client"
// The reset forms' field errors read from their own strings (passwordReset.fieldErrors), confirm mismatch included.
import { useTranslations } from "next-intl"
import type { ResetFieldError } from "@/lib/password-reset/schemas"

export function useResetFieldError(fieldErrors: Record<string, ResetFieldError | undefined>) {
  const t = useTranslations("passwordReset.fieldErrors")
  return (name: string) => {
    const key = fieldErrors[name]
    return key ? t(key) : null
  }
}
