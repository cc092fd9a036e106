// The return form's rules, the same in the browser and in the action: a quantity per line (0 to what may still be
// returned), at least one unit in all, a reason the order still allows (七天无理由 only in its window), an optional
// note. The reason and note apply to every line picked.
import { ReturnReasonSchema, type ReturnReason, type ReturnRequestBody } from "@fengshou/store-contract"
import { z } from "zod"

export const RETURN_FIELD_ERRORS = [
  "required",
  "quantityInvalid",
  "quantityTooHigh",
  "noLines",
  "reasonRequired",
  "reasonClosed",
  "noteTooLong",
] as const
export type ReturnFieldError = (typeof RETURN_FIELD_ERRORS)[number]

export const NOTE_MAX = 500
export const quantityField = (lineId: string) => `quantity-${lineId}`

type Line = { id: string; returnableQuantity: number }

/** Form values → the body of POST /store/order-status/:id/returns, or issues named by field and error key. */
export function returnRequestSchema(lines: Line[], reasons: readonly ReturnReason[]) {
  return z.record(z.string(), z.string()).transform((values, ctx): ReturnRequestBody => {
    const fail = (field: string, message: ReturnFieldError) => ctx.addIssue({ code: "custom", path: [field], message })
    const picked: { id: string; quantity: number }[] = []
    for (const line of lines) {
      const field = quantityField(line.id)
      const text = (values[field] ?? "").trim()
      if (text === "" || text === "0") continue
      if (!/^\d{1,4}$/.test(text)) fail(field, "quantityInvalid")
      else if (Number(text) > line.returnableQuantity) fail(field, "quantityTooHigh")
      else picked.push({ id: line.id, quantity: Number(text) })
    }
    if (picked.length === 0 && ctx.issues.length === 0) fail("lines", "noLines")
    const reason = ReturnReasonSchema.safeParse(values.reason)
    if (!reason.success) fail("reason", "reasonRequired")
    else if (!reasons.includes(reason.data)) fail("reason", "reasonClosed")
    const note = (values.note ?? "").trim()
    if (note.length > NOTE_MAX) fail("note", "noteTooLong")
    if (ctx.issues.length > 0 || !reason.success) return z.NEVER
    return { items: picked.map((item) => ({ ...item, reason: reason.data, note: note || null })) }
  })
}
