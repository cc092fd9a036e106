import { z } from "zod"
import { defineTemplate, FOOTER, itemSchema, localeField } from "./define-template"

/** To a cooperative's staff: a new order holds its products (its own lines only). */
export const cooperativeNewOrder = defineTemplate(
  z.object({
    locale: localeField,
    cooperative_name: z.string(),
    display_id: z.number().int(),
    items: z.array(itemSchema).min(1),
    city: z.string().nullish(),
    console_url: z.string(),
  }),
  (d) => {
    const en = d.locale === "en"
    const count = d.items.reduce((n, i) => n + i.quantity, 0)
    const lines = d.items.map((i) => `${i.title}${i.variant ? ` ${i.variant}` : ""} × ${i.quantity}`)
    return {
      subject: en
        ? `New order #${d.display_id}: ${count} item(s) to ship`
        : `新订单 #${d.display_id}：${count} 件商品待发货`,
      blocks: [
        {
          p: en
            ? `${d.cooperative_name}: order #${d.display_id} includes your products:`
            : `${d.cooperative_name}，订单 #${d.display_id} 含本社商品：`,
        },
        { list: lines },
        ...(d.city ? [{ p: en ? `Ship to: ${d.city}` : `收货城市：${d.city}` }] : []),
        { link: { label: en ? "Ship it from the cooperative console" : "到合作社后台发货", url: d.console_url } },
        { note: FOOTER[d.locale] },
      ],
    }
  },
)

/** To a host when the operator approves them, with their commission rate. */
export const hostApproved = defineTemplate(
  z.object({
    locale: localeField,
    name: z.string(),
    commission_rate_bps: z.number().int().min(0),
    console_url: z.string(),
  }),
  (d) => {
    const rate = `${d.commission_rate_bps / 100}%`
    return d.locale === "en"
      ? {
          subject: "Your host application is approved",
          blocks: [
            {
              p: `Hello ${d.name}, your host application is approved at a commission rate of ${rate}. You can now schedule live sessions.`,
            },
            { link: { label: "Open the host console", url: d.console_url } },
            { note: FOOTER.en },
          ],
        }
      : {
          subject: "主播申请已通过审核",
          blocks: [
            { p: `${d.name}，您好！您的主播申请已通过审核，佣金比例为 ${rate}。现在可以登录主播后台创建直播场次。` },
            { link: { label: "登录主播后台", url: d.console_url } },
            { note: FOOTER["zh-CN"] },
          ],
        }
  },
)

/** To a cooperative's staff when the operator approves the cooperative. */
export const cooperativeApproved = defineTemplate(
  z.object({ locale: localeField, cooperative_name: z.string(), console_url: z.string() }),
  (d) =>
    d.locale === "en"
      ? {
          subject: `${d.cooperative_name} is approved`,
          blocks: [
            { p: `${d.cooperative_name} is approved: you can now list products, record lots and start selling.` },
            { link: { label: "Open the cooperative console", url: d.console_url } },
            { note: FOOTER.en },
          ],
        }
      : {
          subject: `${d.cooperative_name} 已通过审核`,
          blocks: [
            { p: `${d.cooperative_name} 已通过平台审核，现在可以上架商品、登记批次并开始销售。` },
            { link: { label: "登录合作社后台", url: d.console_url } },
            { note: FOOTER["zh-CN"] },
          ],
        },
)

/** To a cooperative's staff when the operator turns the sign-up down: the reason, and where to correct it. */
export const cooperativeRejected = defineTemplate(
  z.object({ locale: localeField, cooperative_name: z.string(), reason: z.string(), console_url: z.string() }),
  (d) =>
    d.locale === "en"
      ? {
          subject: `${d.cooperative_name}: please correct your sign-up`,
          blocks: [
            { p: `The platform operator could not approve ${d.cooperative_name} yet. The reason:` },
            { p: d.reason },
            { p: "Correct your profile or licence in the cooperative console and resubmit; it is reviewed again." },
            { link: { label: "Correct and resubmit", url: d.console_url } },
            { note: FOOTER.en },
          ],
        }
      : {
          subject: `${d.cooperative_name} 入驻申请需要修改`,
          blocks: [
            { p: `${d.cooperative_name} 的入驻申请暂未通过平台审核，原因：` },
            { p: d.reason },
            { p: "请登录合作社后台修改资料或营业执照后重新提交，平台将再次审核。" },
            { link: { label: "修改并重新提交", url: d.console_url } },
            { note: FOOTER["zh-CN"] },
          ],
        },
)

/** To an official when the operator creates their account; the password reaches them another way. */
export const officialCreated = defineTemplate(
  z.object({
    locale: localeField,
    name: z.string(),
    organisation: z.string(),
    email: z.string(),
    console_url: z.string(),
  }),
  (d) =>
    d.locale === "en"
      ? {
          subject: "Your Fengshou oversight account",
          blocks: [
            { p: `Hello ${d.name}, an oversight account has been opened for you (${d.organisation}).` },
            {
              p: `Sign in with ${d.email}. The operator gives you the first password; without it, choose "Forgot password" on the sign-in page.`,
            },
            { link: { label: "Open the oversight console", url: d.console_url } },
            { note: FOOTER.en },
          ],
        }
      : {
          subject: "丰收监管账号已开通",
          blocks: [
            { p: `${d.name}，您好！已为您（${d.organisation}）开通丰收帮扶监管账号。` },
            {
              p: `登录邮箱：${d.email}。初始密码由平台运营人员另行告知；如未收到，可在登录页选择"忘记密码"设置新密码。`,
            },
            { link: { label: "登录监管后台", url: d.console_url } },
            { note: FOOTER["zh-CN"] },
          ],
        },
)
