"use client"
// What every host form shares: the form-level alert and the text of a field's error.
import { useTranslations } from "next-intl"
import type { HostFieldError } from "@/lib/host/schemas"
import { FormAlert } from "@/modules/common/components/form-alert"
import type { HostFailure } from "./use-host-form"

/** The whole-form error in the host's language, then the backend's own sentence when it refused for its own reason. */
export function HostAlert({ failure }: { failure: HostFailure | null }) {
  const t = useTranslations("host.formErrors")
  if (!failure || failure.error === "invalid") return <FormAlert />
  const showDetail = (failure.error === "rejected" || failure.error === "notApproved") && failure.detail
  return (
    <FormAlert>
      {t(failure.error)}
      {showDetail ? <span className="portal-detail"> {failure.detail}</span> : null}
    </FormAlert>
  )
}

export function useHostFieldError(errors: Record<string, HostFieldError>) {
  const t = useTranslations("host.errors")
  return (name: string) => (errors[name] ? t(errors[name]) : null)
}
