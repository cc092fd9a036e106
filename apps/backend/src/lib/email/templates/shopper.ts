import { z } from "zod"
import { formatMoney } from "../email-locale"
import { defineTemplate, FOOTER, itemSchema, localeField } from "./define-template"

type Item = z.output<typeof itemSchema>
const itemLine = (i: Item, en: boolean) =>
  (i.variant ? (en ? `${i.title} (${i.variant})` : `${i.title}（${i.variant}）`) : i.title) + ` × ${i.quantity}`

/** To the shopper when the order is placed; relief_fen when the ledger already knows what reached households. */
export const orderConfirmation = defineTemplate(
  z.object({
    locale: localeField,
    display_id: z.number().int(),
    total_fen: z.number().int(),
    currency_code: z.string(),
    recipient: z.string().nullish(),
    items: z.array(itemSchema),
    relief_fen: z.number().int().positive().nullish(),
  }),
  (d) => {
    const en = d.locale === "en"
    const total = formatMoney(d.total_fen, d.currency_code)
    const relief = d.relief_fen ? formatMoney(d.relief_fen, d.currency_code) : null
    return {
      subject: en ? `Order #${d.display_id} confirmed` : `订单 #${d.display_id} 已确认`,
      blocks: [
        en
          ? {
              p: `${d.recipient ? `Thank you, ${d.recipient}!` : "Thank you!"} We have your order #${d.display_id}; the cooperative will ship it soon.`,
            }
          : {
              p: `${d.recipient ? `${d.recipient}，` : ""}感谢您的购买！我们已收到您的订单 #${d.display_id}，合作社会尽快为您发货。`,
            },
        { list: d.items.map((i) => itemLine(i, en)) },
        { p: en ? `Total: ${total}` : `合计：${total}` },
        ...(relief
          ? [
              {
                p: en
                  ? `Of this, ${relief} goes directly to the farming households who grew it.`
                  : `其中 ${relief} 直接惠及种植它的农户。`,
              },
            ]
          : []),
        { note: FOOTER[d.locale] },
      ],
    }
  },
)

/** To the shopper when a parcel leaves, with the carrier and tracking number(s). */
export const shippingNotice = defineTemplate(
  z.object({
    locale: localeField,
    display_id: z.number().int(),
    carrier: z.string().nullish(),
    tracking: z.array(z.object({ number: z.string().nullish(), url: z.string().nullish() })),
    items: z.array(itemSchema),
  }),
  (d) => {
    const en = d.locale === "en"
    const numbers = d.tracking.filter((t) => t.number)
    return {
      subject: en ? `Order #${d.display_id} has shipped` : `订单 #${d.display_id} 已发货`,
      blocks: [
        en
          ? { p: `Your order #${d.display_id} is on its way${d.carrier ? ` with ${d.carrier}` : ""}.` }
          : { p: `您的订单 #${d.display_id} 已${d.carrier ? `由${d.carrier}` : ""}发出。` },
        { list: d.items.map((i) => itemLine(i, en)) },
        ...numbers.map((t) => (en ? { p: `Tracking number: ${t.number}` } : { p: `运单号：${t.number}` })),
        ...numbers.flatMap((t) =>
          t.url?.startsWith("http")
            ? [{ link: { label: en ? `Track ${t.number}` : `查询物流 ${t.number}`, url: t.url } }]
            : [],
        ),
        { note: FOOTER[d.locale] },
      ],
    }
  },
)

/** To the shopper for each refund of their order. */
export const refundNotice = defineTemplate(
  z.object({
    locale: localeField,
    display_id: z.number().int(),
    amount_fen: z.number().int().positive(),
    currency_code: z.string(),
  }),
  (d) => {
    const amount = formatMoney(d.amount_fen, d.currency_code)
    return d.locale === "en"
      ? {
          subject: `Refund of ${amount} for order #${d.display_id}`,
          blocks: [
            { p: `We have refunded ${amount} for your order #${d.display_id} to your original payment method.` },
            { p: "How soon it shows depends on your bank or payment provider." },
            { note: FOOTER.en },
          ],
        }
      : {
          subject: `订单 #${d.display_id} 已退款 ${amount}`,
          blocks: [
            { p: `我们已为您的订单 #${d.display_id} 退款 ${amount}，款项将按原支付方式退回。` },
            { p: "到账时间以银行或支付机构为准。" },
            { note: FOOTER["zh-CN"] },
          ],
        }
  },
)

/** To the shopper when the cooperative has the goods of their return back; the refund follows (its own email). */
export const returnReceived = defineTemplate(
  z.object({
    locale: localeField,
    display_id: z.number().int(),
    items: z.array(itemSchema).min(1),
  }),
  (d) => {
    const en = d.locale === "en"
    return {
      subject: en ? `Your return for order #${d.display_id} has arrived` : `订单 #${d.display_id} 的退货已收到`,
      blocks: [
        en
          ? { p: `The cooperative has received the goods you sent back from order #${d.display_id}:` }
          : { p: `合作社已收到您从订单 #${d.display_id} 寄回的商品：` },
        { list: d.items.map((i) => itemLine(i, en)) },
        en
          ? { p: "Your refund follows shortly; we will email you when it is made." }
          : { p: "退款将尽快处理，退款完成后我们会再发邮件通知您。" },
        { note: FOOTER[d.locale] },
      ],
    }
  },
)
