"use client"
// A console's form: validated like the shop's, then the page is read again from the server (its data changed);
// "signedOut" re-renders it as the login. `onSuccess` replaces the re-read, e.g. to go to what was just made.
import type { ZodType } from "zod"
import { useRouter } from "@/i18n/navigation"
import type { ConsoleActor } from "@/lib/console-session"
import { useValidatedForm } from "@/modules/common/hooks/use-validated-form"
import { CONSOLES } from "./actors"
import type { ConsoleResult } from "./result"

type Options = { onSuccess?: (id?: string) => void; reset?: boolean }

export function useConsoleForm<A extends ConsoleActor>(
  actor: A,
  schema: ZodType,
  submit: (values: Record<string, string>) => Promise<ConsoleResult<A>>,
  options: Options = {},
) {
  const router = useRouter()
  return useValidatedForm({
    schema,
    submit,
    errorKeys: CONSOLES[actor].fieldErrors,
    reset: options.reset !== false,
    focusInvalid: false,
    onSuccess: (result) => (options.onSuccess ? options.onSuccess(result.id) : router.refresh()),
    onFailure: (failure) => failure.error === "signedOut" && router.refresh(),
  })
}
