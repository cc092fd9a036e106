import { z } from "zod"
import { listQuery } from "../utils/fields"

export const StoreListCooperatives = z.object(listQuery)
export type StoreListCooperativesQuery = z.infer<typeof StoreListCooperatives>
