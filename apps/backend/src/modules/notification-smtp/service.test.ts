import { startSmtpServer } from "../../../integration-tests/stubs/smtp-server"
import { SmtpNotificationService } from "./service"

const logger = { warn: vi.fn() } as unknown as ConstructorParameters<typeof SmtpNotificationService>[0]["logger"]

describe("SmtpNotificationService", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  beforeAll(async () => {
    smtp = await startSmtpServer()
  })
  afterAll(() => smtp.close())

  it("renders the template in the notification's language and delivers it over SMTP with login", async () => {
    const provider = new SmtpNotificationService({ logger }, { url: smtp.url, from: "丰收 <noreply@example.cn>" })
    const data = { locale: "en", display_id: 9, amount_fen: 5990, currency_code: "cny" }
    const result = await provider.send({ to: "buyer@example.cn", channel: "email", template: "refund-notice", data })
    expect(result.id).toMatch(/@/)
    const [mail] = smtp.to("buyer@example.cn")
    expect(mail).toMatchObject({
      from: "noreply@example.cn",
      subject: "Refund of ¥59.90 for order #9",
      user: "fengshou",
    })
    expect(mail!.text).toContain("We have refunded ¥59.90")
    expect(mail!.html).toContain('<html lang="en">')
  })

  it("fails the notification when the template's data is wrong, and when the server is gone", async () => {
    const provider = new SmtpNotificationService({ logger }, { url: smtp.url, from: "noreply@example.cn" })
    await expect(
      provider.send({ to: "a@example.cn", channel: "email", template: "refund-notice", data: {} }),
    ).rejects.toThrow(/amount_fen/)
    const gone = new SmtpNotificationService({ logger }, { url: "smtp://127.0.0.1:9", from: "noreply@example.cn" })
    await expect(
      gone.send({
        to: "a@example.cn",
        channel: "email",
        template: "password-reset",
        data: { url: "https://x.cn/r?token=t", valid_minutes: 15 },
      }),
    ).rejects.toThrow(/SMTP send failed/)
  })

  it("refuses options without a URL or a sender", () => {
    expect(() => SmtpNotificationService.validateOptions({ url: "mail.example.cn", from: "a@b.cn" })).toThrow(
      /smtp:\/\//,
    )
    expect(() => SmtpNotificationService.validateOptions({ url: "smtp://mail.example.cn", from: " " })).toThrow(/from/)
  })
})
