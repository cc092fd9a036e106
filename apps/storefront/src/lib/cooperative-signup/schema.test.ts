import { creditCodeCheckChar } from "@fengshou/relief-core"
import { describe, expect, it } from "vitest"
import { backendFieldError, checkCreditCode, handleFrom, percentToBps, signUpSchema } from "./schema"

const VALID = "93231223MA1H2J3K40"

describe("cooperative sign-up rules", () => {
  it("checks the credit code as the backend does and names the expected check character", () => {
    expect(checkCreditCode("")).toEqual({ state: "empty" })
    expect(checkCreditCode(VALID)).toEqual({ state: "ok" })
    expect(checkCreditCode(` ${VALID.toLowerCase()} `)).toEqual({ state: "ok" })
    expect(checkCreditCode("93231223MA1H2J3K41")).toEqual({ state: "check", expected: "0" })
    expect(checkCreditCode("9323")).toEqual({ state: "shape", count: 4 })
    expect(checkCreditCode("93231223MA1H2J3KO0")).toEqual({ state: "shape", count: 18 })
    expect(creditCodeCheckChar(VALID.slice(0, 17))).toBe("0")
  })

  it("validates the whole form with message keys", () => {
    const values = {
      email: "a@b.cn",
      password: "12345678",
      staff_name: "李",
      name_zh: "红旗",
      name_en: "Hongqi",
      credit_code: VALID,
      division_code: "231223111204",
      supply: "on",
    }
    expect(signUpSchema.safeParse(values).success).toBe(true)
    const bad = signUpSchema.safeParse({ ...values, supply: undefined, dividend: "on", division_code: "2312" })
    expect(bad.success).toBe(false)
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [String(i.path[0]), i.message]))
    expect(messages).toMatchObject({ division_code: "division", dividend_percent: "dividendShare" })
  })

  it("turns percentages, names and backend refusals into what the API and the form need", () => {
    expect(percentToBps("12.5")).toBe(1250)
    expect(percentToBps("101")).toBeNull()
    expect(handleFrom("Hongqi Millet Co-op")).toBe("hongqi-millet-co-op")
    expect(handleFrom("合作社", "3k4")).toBe("cooperative-3k4")
    expect(backendFieldError("name_zh 红旗 is already another cooperative's name; use …")).toEqual(["name_zh", "taken"])
    expect(backendFieldError("handle hongqi is taken; choose another")).toEqual(["name_en", "taken"])
    expect(backendFieldError("Identity with email already exists")).toEqual(["email", "emailTaken"])
    expect(backendFieldError("something else")).toBeNull()
  })
})
