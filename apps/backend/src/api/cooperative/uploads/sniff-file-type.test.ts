import { describe, expect, it } from "vitest"
import { sniffFileType } from "./sniff-file-type"

const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")

describe("sniffFileType", () => {
  it("recognises JPEG, PNG, WebP and PDF by their bytes", () => {
    expect(sniffFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))?.mime_type).toBe("image/jpeg")
    expect(sniffFileType(png)).toEqual({ mime_type: "image/png", extension: "png" })
    expect(sniffFileType(Buffer.from("RIFF\x24\x00\x00\x00WEBPVP8 ", "latin1"))?.mime_type).toBe("image/webp")
    expect(sniffFileType(Buffer.from("%PDF-1.7\n%âãÏÓ", "latin1"))?.mime_type).toBe("application/pdf")
  })

  it("refuses text, a RIFF that is not WebP, truncated signatures and nothing at all", () => {
    expect(sniffFileType(Buffer.from("not really a png\n"))).toBeNull()
    expect(sniffFileType(Buffer.from("RIFF\x24\x00\x00\x00WAVEfmt ", "latin1"))).toBeNull()
    expect(sniffFileType(png.subarray(0, 6))).toBeNull()
    expect(sniffFileType(Buffer.alloc(0))).toBeNull()
  })
})
