"use client"
// What every console form shares: the form-level alert and the text of a field's error, in the actor's language.
import { useTranslations } from "next-intl"
import type { ConsoleActor } from "@/lib/console-session"
import { FormAlert } from "@/modules/common/components/form-alert"
import { CONSOLES } from "./actors"
import type { ConsoleFailure } from "./result"

// The keys are the actor's own (ConsoleFailure types them per actor); next-intl cannot check a key built over a
// union of namespaces, so the translator is read as a plain lookup.
function useErrorText(actor: ConsoleActor) {
  return useTranslations(CONSOLES[actor].errors) as unknown as (key: string) => string
}

/** The whole-form error, then the backend's own sentence when the action passed it on. */
export function ConsoleAlert<A extends ConsoleActor>({
  actor,
  failure,
}: {
  actor: A
  failure: ConsoleFailure<A> | null
}) {
  const t = useErrorText(actor)
  if (!failure || failure.error === "invalid") return <FormAlert />
  return (
    <FormAlert>
      {t(`formErrors.${failure.error}`)}
      {failure.detail ? <span className="portal-detail"> {failure.detail}</span> : null}
    </FormAlert>
  )
}

export function useConsoleFieldError<A extends ConsoleActor>(
  actor: A,
  errors: NonNullable<ConsoleFailure<A>["fieldErrors"]>,
) {
  const t = useErrorText(actor)
  return (name: string) => (errors[name] ? t(`errors.${errors[name]}`) : null)
}
