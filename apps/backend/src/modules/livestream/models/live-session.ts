import { model } from "@medusajs/framework/utils"
import { LIVE_PLATFORMS } from "@fengshou/live-contract"
import { CartLink } from "./cart-link"
import { Host } from "./host"
import { SessionProduct } from "./session-product"

/** One broadcast. Its status is derived: scheduled until started_at, live until ended_at, then ended. */
export const LiveSession = model
  .define("live_session", {
    id: model.id({ prefix: "lses" }).primaryKey(),
    title: model.text(),
    platform: model.enum([...LIVE_PLATFORMS]),
    scheduled_start_at: model.dateTime(),
    scheduled_end_at: model.dateTime().nullable(),
    started_at: model.dateTime().nullable(),
    ended_at: model.dateTime().nullable(),
    host: model.belongsTo(() => Host, { mappedBy: "sessions" }),
    products: model.hasMany(() => SessionProduct, { mappedBy: "session" }),
    links: model.hasMany(() => CartLink, { mappedBy: "session" }),
  })
  .indexes([{ on: ["host_id"] }])
