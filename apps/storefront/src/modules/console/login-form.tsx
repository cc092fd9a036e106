"use client"

import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import type { ConsoleActor } from "@/lib/console-session"
import { loginSchema } from "@/lib/schemas/account"
import { TextField } from "@/modules/common/components/field"
import { CONSOLES } from "./actors"
import { ConsoleAlert, useConsoleFieldError } from "./console-alert"
import type { ConsoleResult } from "./result"
import { useConsoleForm } from "./use-console-form"

type Props<A extends ConsoleActor> = {
  actor: A
  signIn: (values: Record<string, string>) => Promise<ConsoleResult<A>>
  /** Under the button, e.g. the way to a forgotten password. */
  footer?: ReactNode
}

/** An actor's sign-in with email and password; on success the page re-renders with what they may see. */
export function ConsoleLoginForm<A extends ConsoleActor>({ actor, signIn, footer }: Props<A>) {
  const { messages, id } = CONSOLES[actor]
  const t = useTranslations(`${messages}.login`)
  const form = useConsoleForm(actor, loginSchema, signIn)
  const error = useConsoleFieldError(actor, form.fieldErrors)
  return (
    <form noValidate onSubmit={form.onSubmit} className="card portal-form" aria-labelledby={`${id}-login-title`}>
      <h2 id={`${id}-login-title`}>{t("title")}</h2>
      <ConsoleAlert actor={actor} failure={form.failure} />
      <TextField
        id={`${id}-email`}
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        error={error("email")}
      />
      <TextField
        id={`${id}-password`}
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        error={error("password")}
      />
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? t("working") : t("submit")}
      </button>
      {footer}
    </form>
  )
}
