import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import { renderEmail } from "../../lib/email/render-email"

export type SmtpOptions = {
  /** smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start). */
  url: string
  /** The sender, e.g. "丰收 <noreply@fengshou.cn>". */
  from: string
}

/**
 * Medusa Notification Module provider for the email channel over SMTP. It renders our own templates
 * (lib/email) from a notification's template name and data; a notification that brings its own content is sent as is.
 */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-smtp"

  static validateOptions(options: Record<string, unknown>) {
    if (typeof options.url !== "string" || !/^smtps?:\/\//.test(options.url)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The SMTP notification provider needs a url like smtp://user:password@host:587",
      )
    }
    if (typeof options.from !== "string" || !options.from.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs a from address")
    }
  }

  protected readonly transport_: Transporter
  protected readonly from_: string
  protected readonly logger_: Logger

  constructor({ logger }: { logger: Logger }, options: SmtpOptions) {
    super()
    this.transport_ = nodemailer.createTransport(options.url)
    this.from_ = options.from
    this.logger_ = logger
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const own = notification.content
    const mail =
      own?.subject && (own.html || own.text)
        ? { subject: own.subject, text: own.text, html: own.html }
        : renderEmail(notification.template, notification.data ?? {})
    try {
      const info = await this.transport_.sendMail({
        from: notification.from?.trim() || this.from_,
        to: notification.to,
        ...mail,
      })
      return { id: info.messageId }
    } catch (e) {
      // The notification is stored as failed; a repeated event (or the caller's retry) sends it again.
      this.logger_.warn(`SMTP refused the "${notification.template}" email: ${(e as Error).message}`)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `SMTP send failed: ${(e as Error).message}`)
    }
  }
}
