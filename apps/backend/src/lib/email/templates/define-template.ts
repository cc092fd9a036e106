import { z } from "zod"
import type { EmailBody } from "../blocks"
import { EMAIL_LOCALES } from "../email-locale"

/** Every template's data carries the language to write in; staff mail leaves it at the default, zh-CN. */
export const localeField = z.enum(EMAIL_LOCALES).default("zh-CN")

export type EmailTemplate<S extends z.ZodType> = { schema: S; compose: (data: z.output<S>) => EmailBody }

export function defineTemplate<S extends z.ZodType>(
  schema: S,
  compose: (data: z.output<S>) => EmailBody,
): EmailTemplate<S> {
  return { schema, compose }
}

export const itemSchema = z.object({ title: z.string(), variant: z.string().nullish(), quantity: z.number().int() })

export const FOOTER = {
  "zh-CN": "此邮件由丰收自动发送，请勿直接回复。",
  en: "This email was sent automatically by Fengshou; replies to it are not read.",
} as const
