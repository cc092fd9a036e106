import { describe, expect, it } from "vitest"
import en from "../../messages/en.json"
import zhCN from "../../messages/zh-CN.json"
import { FIELD_ERRORS } from "@/lib/schemas/field-errors"

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
}

describe("messages", () => {
  it("has the same keys in every locale", () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort())
  })

  it("uses the same placeholders in both locales", () => {
    const placeholders = (messages: unknown) =>
      Object.fromEntries(
        keys(messages).map((key) => {
          const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages)
          return [
            key,
            String(text)
              .match(/\{\w+\}/g)
              ?.sort() ?? [],
          ]
        }),
      )
    expect(placeholders(en)).toEqual(placeholders(zhCN))
  })

  it("has a message in both languages for every error a form field can show", () => {
    for (const key of FIELD_ERRORS) {
      expect(zhCN.fieldErrors[key], key).toBeTruthy()
      expect(en.fieldErrors[key], key).toBeTruthy()
    }
  })
})
