"use server"
// The dashboard's subscription writes: subscribe to a monthly report, end a subscription. Validated here with the
// same choices the backend accepts; the backend's refusal (a region outside the scope) comes back as its sentence.
import { revalidatePath } from "next/cache"
import { z } from "zod"
import { subscribeReport, unsubscribeReport } from "@/lib/data/report-subscriptions"
import { REPORT_GROUPINGS } from "@/lib/official/report-query"
import { write } from "@/modules/console/write"

const subscribeSchema = z.object({
  region: z
    .string()
    .trim()
    .regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, "region")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  group_by: z.enum(REPORT_GROUPINGS),
  lang: z.enum(["zh", "en"]),
})
const unsubscribeSchema = z.object({ id: z.string().regex(/^rsub_[0-9A-Za-z]+$/) })

export async function subscribeMonthlyReport(values: Record<string, string>) {
  const result = await write("official", subscribeSchema, values, "subscribe", (token, input) =>
    subscribeReport(token, input),
  )
  if (result.ok) revalidatePath("/[locale]/portal/official", "page")
  return result
}

export async function endReportSubscription(values: Record<string, string>) {
  const result = await write("official", unsubscribeSchema, values, "unsubscribe", (token, { id }) =>
    unsubscribeReport(token, id),
  )
  if (result.ok) revalidatePath("/[locale]/portal/official", "page")
  return result
}
