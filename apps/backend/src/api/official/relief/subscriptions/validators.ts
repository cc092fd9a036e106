import { z } from "zod"
import { REPORT_GROUPINGS, REPORT_LANGS } from "@fengshou/relief-core"
import { normalizeRegionCode } from "../../../../modules/official/region-scope"

// Medusa makes body and query schemas strict: a field not named here is a 400 naming it.

export const CreateReportSubscription = z.object({
  region: z
    .string({ message: "region must be a division-code prefix" })
    .refine((v) => normalizeRegionCode(v) !== null, {
      message:
        "region must be a division-code prefix of 2, 4, 6, 9 or 12 digits inside your scope, like 231223 (青冈县); leave it out for your whole scope",
    })
    .transform((v) => normalizeRegionCode(v)!)
    .optional(),
  group_by: z
    .enum(REPORT_GROUPINGS, { message: `group_by must be one of ${REPORT_GROUPINGS.join(", ")}` })
    .default("region"),
  lang: z.enum(REPORT_LANGS, { message: `lang must be one of ${REPORT_LANGS.join(", ")}` }).default("zh"),
})
export type CreateReportSubscriptionBody = z.infer<typeof CreateReportSubscription>

export const NoQuery = z.object({})
