import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { findInvalidText, textProblem } from "./invalid-text"

const allowedChar = fc.oneof(
  fc.constantFrom("\t", "\n", "\r", " ", "丰", "收", "😀", "é"),
  fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xa0, max: 0xd7ff }).map((c) => String.fromCharCode(c)),
)
const goodText = fc.array(allowedChar, { maxLength: 30 }).map((cs) => cs.join(""))
const badChar = fc
  .oneof(
    fc.integer({ min: 0, max: 0x08 }),
    fc.integer({ min: 0x0b, max: 0x0c }),
    fc.integer({ min: 0x0e, max: 0x1f }),
    fc.integer({ min: 0x7f, max: 0x9f }),
    fc.integer({ min: 0xd800, max: 0xdfff }),
  )
  .map((c) => String.fromCharCode(c))

describe("textProblem", () => {
  it("names the character", () => {
    expect(textProblem("a\u0000b")).toBe("text may not contain control characters (U+0000)")
    expect(textProblem("\u007f")).toBe("text may not contain control characters (U+007F)")
    expect(textProblem("x\ud800")).toBe("text may not contain a lone UTF-16 surrogate (U+D800)")
    expect(textProblem("\udc00x")).toBe("text may not contain a lone UTF-16 surrogate (U+DC00)")
  })

  it("accepts tab, newline, carriage return, Chinese and surrogate pairs", () => {
    expect(textProblem("丰收\t合作社\r\n😀")).toBeNull()
  })

  it("accepts any text made of allowed characters (property)", () => {
    fc.assert(
      fc.property(goodText, (s) => textProblem(s) === null),
      { seed: 16 },
    )
  })

  it("refuses any text with one bad character inserted (property)", () => {
    fc.assert(
      fc.property(goodText, badChar, goodText, (a, bad, b) => {
        // a lone high surrogate followed by a low one would make a pair: keep the bad one alone
        const s = `${a}${bad}${/[\udc00-\udfff]/.test(b[0] ?? "") ? "x" : ""}${b}`
        const joinsPair = /[\ud800-\udbff]$/.test(a) && /^[\udc00-\udfff]/.test(bad)
        return joinsPair || textProblem(s) !== null
      }),
      { seed: 16 },
    )
  })
})

describe("findInvalidText", () => {
  it("returns the path of the first bad string", () => {
    expect(findInvalidText({ name: "ok", variants: [{ title: "1kg" }, { title: "a\u0000" }] })).toEqual({
      path: "variants[1].title",
      message: "text may not contain control characters (U+0000)",
    })
    expect(findInvalidText({ certificate: { origin: "\u0001" } })?.path).toBe("certificate.origin")
    expect(findInvalidText("\u0000")?.path).toBe("body")
  })

  it("checks keys too", () => {
    expect(findInvalidText({ "a\u0000": 1 })).toEqual({
      path: "a\\u0000",
      message: "field name: text may not contain control characters (U+0000)",
    })
  })

  it("ignores numbers, booleans and null", () => {
    expect(findInvalidText({ a: 1, b: true, c: null, d: [1, 2, { e: false }] })).toBeNull()
  })

  it("refuses absurd nesting instead of recursing without end", () => {
    let deep: unknown = "x"
    for (let i = 0; i < 100; i++) deep = [deep]
    expect(findInvalidText(deep)?.message).toMatch(/nested more than/)
  })

  it("finds a bad string planted anywhere in clean JSON (property)", () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        goodText,
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        tie("array"),
        tie("object"),
      ),
      array: fc.array(tie("value"), { maxLength: 4 }),
      object: fc.dictionary(goodText, tie("value"), { maxKeys: 4 }),
    }))
    fc.assert(
      fc.property(json.object, goodText, (clean, key) => {
        expect(findInvalidText(clean)).toBeNull()
        const dirty = { ...clean, [`k${key}`]: [`${key}\u0000`] }
        expect(findInvalidText(dirty)).not.toBeNull()
      }),
      { seed: 16, numRuns: 200 },
    )
  })
})
