import { z } from "zod"

const email = z.string().trim().toLowerCase().pipe(z.email("emailInvalid"))

export const loginSchema = z.object({
  email,
  password: z.string().min(1, "required"),
})

export const registerSchema = z.object({
  name: z.string().trim().min(1, "required").max(25, "tooLong"),
  email,
  password: z.string().min(8, "passwordTooShort").max(128, "tooLong"),
})

export type LoginInput = z.infer<typeof loginSchema>
export type RegisterInput = z.infer<typeof registerSchema>
