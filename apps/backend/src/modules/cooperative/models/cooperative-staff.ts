import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

/**
 * A person who signs in for a cooperative. Medusa's auth identity of actor type `cooperative` carries this
 * row's id as `app_metadata.cooperative_id` (Medusa's `{actor_type}_id` convention), so actor_id is the staff id.
 */
export const CooperativeStaff = model.define("cooperative_staff", {
  id: model.id({ prefix: "costaff" }).primaryKey(),
  email: model.text().unique(),
  name: model.text(),
  role: model.enum(["owner", "staff"]).default("staff"),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "staff" }),
})
