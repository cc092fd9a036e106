import { describe, expect, it } from "vitest"
import { loginSchema, registerSchema } from "./account"
import { firstErrors } from "./field-errors"

describe("account schemas", () => {
  it("lower-cases and trims the e-mail", () => {
    expect(loginSchema.parse({ email: " Li@Example.CN ", password: "x" }).email).toBe("li@example.cn")
  })

  it("asks for a password of at least 8 characters on registration", () => {
    const result = registerSchema.safeParse({ name: "李四", email: "li@example.cn", password: "short" })
    expect(result.success ? {} : firstErrors(result.error.issues)).toEqual({ password: "passwordTooShort" })
  })

  it("reports every empty field", () => {
    const result = registerSchema.safeParse({ name: "", email: "", password: "" })
    expect(result.success ? {} : firstErrors(result.error.issues)).toEqual({
      name: "required",
      email: "emailInvalid",
      password: "passwordTooShort",
    })
  })
})
