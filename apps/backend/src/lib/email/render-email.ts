import type { z } from "zod"
import { toHtml, toText } from "./blocks"
import { passwordReset } from "./templates/password-reset"
import { reliefMonthlyReport } from "./templates/relief-report"
import { orderConfirmation, refundNotice, returnReceived, shippingNotice } from "./templates/shopper"
import {
  cooperativeApproved,
  cooperativeNewOrder,
  cooperativeRejected,
  hostApproved,
  officialCreated,
} from "./templates/staff"

/** The notification templates by the name a workflow gives Medusa's Notification Module. */
export const EMAIL_TEMPLATES = {
  "order-confirmation": orderConfirmation,
  "shipping-notice": shippingNotice,
  "refund-notice": refundNotice,
  "return-received": returnReceived,
  "cooperative-new-order": cooperativeNewOrder,
  "host-approved": hostApproved,
  "cooperative-approved": cooperativeApproved,
  "cooperative-rejected": cooperativeRejected,
  "official-created": officialCreated,
  "password-reset": passwordReset,
  "relief-monthly-report": reliefMonthlyReport,
} as const

export type EmailTemplateName = keyof typeof EMAIL_TEMPLATES
/** The data a workflow puts on a notification of this template. */
export type EmailData<T extends EmailTemplateName> = z.input<(typeof EMAIL_TEMPLATES)[T]["schema"]>
export type RenderedEmail = { subject: string; text: string; html: string }

export class EmailTemplateError extends Error {}

const isTemplateName = (name: string): name is EmailTemplateName => Object.hasOwn(EMAIL_TEMPLATES, name)

/** Renders a notification's template and data into a subject with plain-text and HTML bodies, every value escaped. */
export function renderEmail(template: string, data: unknown): RenderedEmail {
  if (!isTemplateName(template)) throw new EmailTemplateError(`no email template named "${template}"`)
  const { schema, compose } = EMAIL_TEMPLATES[template] as {
    schema: z.ZodType
    compose: (d: unknown) => ReturnType<typeof passwordReset.compose>
  }
  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")
    throw new EmailTemplateError(`data for the "${template}" email is invalid: ${issues}`)
  }
  const body = compose(parsed.data)
  const lang = (parsed.data as { locale: string }).locale
  return { subject: body.subject, text: toText(body), html: toHtml(body, lang) }
}
