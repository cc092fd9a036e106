// What a console's actions answer: ok (with the id of what they made), or an error key the form shows in the
// actor's language, perhaps errors per field and the backend's own sentence.
import type { ConsoleActor } from "@/lib/console-session"
import type { CooperativeFormError } from "@/lib/cooperative/backend-errors"
import type { CooperativeFieldError } from "@/lib/cooperative/schemas"
import type { HostFieldError } from "@/lib/host/schemas"

type CommonError = "invalid" | "invalidCredentials" | "signedOut" | "unavailable" | "rejected"
type Errors = {
  cooperative: CommonError | CooperativeFormError | "nothingToShip"
  host: CommonError | "emailTaken" | "notApproved"
  official: CommonError
}
type FieldErrors = { cooperative: CooperativeFieldError; host: HostFieldError; official: CooperativeFieldError }

export type ConsoleFailure<A extends ConsoleActor> = {
  ok: false
  error: Errors[A]
  fieldErrors?: Record<string, FieldErrors[A]>
  detail?: string
}
export type ConsoleResult<A extends ConsoleActor> = { ok: true; id?: string } | ConsoleFailure<A>
