import { model } from "@medusajs/framework/utils"
import { HOST_STATUSES } from "@fengshou/live-contract"
import { LiveSession } from "./live-session"

/** A livestream host (主播 / 第一书记): signs in as the `host` actor; sells once the operator approves them. */
export const Host = model
  .define("host", {
    id: model.id({ prefix: "host" }).primaryKey(),
    name: model.text(),
    email: model.text().unique(),
    /** Platform → account name, e.g. { douyin: "beima_shuji" }. */
    handles: model.json(),
    commission_rate_bps: model.number().default(0),
    status: model.enum([...HOST_STATUSES]).default("pending"),
    status_reason: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    sessions: model.hasMany(() => LiveSession, { mappedBy: "host" }),
  })
  .indexes([{ on: ["status"] }])
