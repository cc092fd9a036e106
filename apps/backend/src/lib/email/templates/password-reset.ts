import { z } from "zod"
import { defineTemplate, localeField } from "./define-template"

/** To whoever asked to reset a password: the link with the token, valid for a limited time. */
export const passwordReset = defineTemplate(
  z.object({ locale: localeField, url: z.string(), valid_minutes: z.number().int().positive() }),
  (d) =>
    d.locale === "en"
      ? {
          subject: "Reset your Fengshou password",
          blocks: [
            { p: `We received a request to reset your password. The link below works for ${d.valid_minutes} minutes:` },
            { link: { label: "Set a new password", url: d.url } },
            { note: "If you did not ask for this, ignore this email: your password stays as it is." },
          ],
        }
      : {
          subject: "重置丰收账号密码",
          blocks: [
            { p: `我们收到了重置您账号密码的请求。请在 ${d.valid_minutes} 分钟内点击下方链接设置新密码：` },
            { link: { label: "设置新密码", url: d.url } },
            { note: "如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。" },
          ],
        },
)
