import { describe, expect, it } from "vitest"
import { documentTypeOf } from "./certificate-document"

const bytes = (text: string) => new TextEncoder().encode(text)

describe("documentTypeOf", () => {
  it("names PDF, JPEG and PNG from their first bytes", () => {
    expect(documentTypeOf(bytes("%PDF-1.4\n"))).toBe("application/pdf")
    expect(documentTypeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg")
    expect(documentTypeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("image/png")
  })

  it("refuses anything else, whatever its name says", () => {
    expect(documentTypeOf(bytes("<html>"))).toBeNull()
    expect(documentTypeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull()
    expect(documentTypeOf(new Uint8Array())).toBeNull()
  })
})
