// The delivery address form, shared by the browser (inline errors before anything is sent) and the server
// actions (which check again, since anyone can call an action). Division codes follow GB/T 2260:
// 2 digits province, 4 city, 6 district; the server also checks that they exist (lib/divisions).
import { z } from "zod"
import { mobileSchema } from "./phone"

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value)

export const addressSchema = z
  .object({
    name: z.string().trim().min(1, "required").max(25, "tooLong"),
    phone: mobileSchema,
    provinceCode: z.string().regex(/^\d{2}$/, "provinceRequired"),
    cityCode: z.string().regex(/^\d{4}$/, "cityRequired"),
    districtCode: z.string().regex(/^\d{6}$/, "districtRequired"),
    street: z.string().trim().min(4, "streetTooShort").max(120, "tooLong"),
    postalCode: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^\d{6}$/, "postalCodeInvalid")
        .optional(),
    ),
  })
  .superRefine((address, ctx) => {
    // A district belongs to its city and the city to its province; a stale select must not slip through.
    if (!address.cityCode.startsWith(address.provinceCode)) {
      ctx.addIssue({ code: "custom", path: ["cityCode"], message: "divisionMismatch" })
    } else if (!address.districtCode.startsWith(address.cityCode)) {
      ctx.addIssue({ code: "custom", path: ["districtCode"], message: "divisionMismatch" })
    }
  })

export type AddressInput = z.infer<typeof addressSchema>

/** Checkout adds an optional e-mail for the order confirmation; signed-in shoppers already have one. */
export const checkoutAddressSchema = addressSchema.and(
  z.object({ email: z.preprocess(blankToUndefined, z.email("emailInvalid").optional()) }),
)

export type CheckoutAddressInput = z.infer<typeof checkoutAddressSchema>

/** A live link's one-step checkout for a guest: the e-mail is asked, since the order is placed straight away. */
export const expressAddressSchema = addressSchema.and(
  z.object({
    email: z.preprocess(
      blankToUndefined,
      z.email({ error: (issue) => (issue.input === undefined ? "required" : "emailInvalid") }),
    ),
  }),
)

export const ADDRESS_FIELDS = [
  "name",
  "phone",
  "provinceCode",
  "cityCode",
  "districtCode",
  "street",
  "postalCode",
] as const
