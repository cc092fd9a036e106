import { z } from "zod"
import { fenToYuanString } from "@fengshou/relief-core"
import { FOOTER, defineTemplate, localeField } from "./define-template"

const whole = z.number().int()
const kg = (grams: number) => (grams / 1000).toLocaleString("en-US", { maximumFractionDigits: 3 })

/** To an official on the 1st: last month's relief report of a region they subscribed to, its totals and where to read it. */
export const reliefMonthlyReport = defineTemplate(
  z.object({
    locale: localeField,
    name: z.string(),
    region_label: z.string(),
    from: z.string(),
    to: z.string(),
    totals: z.object({
      orders: whole,
      sales_fen: whole,
      refunds_fen: whole,
      quantity_g: whole,
      households_benefited: whole,
      persons_benefited: whole,
      household_income_fen: whole,
      avg_income_per_person_fen: whole,
    }),
    console_url: z.string(),
  }),
  (d) => {
    const t = d.totals
    return d.locale === "en"
      ? {
          subject: `Relief report ${d.from} to ${d.to}: ${d.region_label}`,
          blocks: [
            { p: `Hello ${d.name}, your monthly consumption-relief report for ${d.region_label} is ready.` },
            {
              list: [
                `Sales (net of refunds): ¥${fenToYuanString(t.sales_fen)} in ${t.orders} orders`,
                `Refunds: ¥${fenToYuanString(t.refunds_fen)}`,
                `Quantity: ${kg(t.quantity_g)} kg`,
                `Households benefited: ${t.households_benefited} (${t.persons_benefited} persons)`,
                `Household income: ¥${fenToYuanString(t.household_income_fen)}, ¥${fenToYuanString(t.avg_income_per_person_fen)} per person`,
              ],
            },
            { link: { label: "Open the report list in the oversight console", url: d.console_url } },
            { note: FOOTER.en },
          ],
        }
      : {
          subject: `消费帮扶月报 ${d.from} 至 ${d.to}：${d.region_label}`,
          blocks: [
            { p: `${d.name}，您好！您订阅的${d.region_label}消费帮扶月报已生成。` },
            {
              list: [
                `销售额（扣除退款）：¥${fenToYuanString(t.sales_fen)}，订单 ${t.orders} 笔`,
                `退款：¥${fenToYuanString(t.refunds_fen)}`,
                `销量：${kg(t.quantity_g)} 公斤`,
                `带动农户：${t.households_benefited} 户（${t.persons_benefited} 人）`,
                `农户增收：¥${fenToYuanString(t.household_income_fen)}，人均 ¥${fenToYuanString(t.avg_income_per_person_fen)}`,
              ],
            },
            { link: { label: "在监管后台查看月报列表", url: d.console_url } },
            { note: FOOTER["zh-CN"] },
          ],
        }
  },
)
