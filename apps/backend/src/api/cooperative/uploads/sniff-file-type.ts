/** The file types uploads accept, recognised by their leading bytes (magic numbers). */
const SIGNATURES: { mime_type: string; extension: string; matches: (b: Buffer) => boolean }[] = [
  {
    mime_type: "image/jpeg",
    extension: "jpg",
    matches: (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  {
    mime_type: "image/png",
    extension: "png",
    matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    mime_type: "image/webp",
    extension: "webp",
    matches: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  },
  { mime_type: "application/pdf", extension: "pdf", matches: (b) => b.subarray(0, 5).toString("latin1") === "%PDF-" },
]

/**
 * What the bytes really are, or null when none of the accepted types. The name and the browser's declared type are
 * ignored: both are whatever the sender says, and a text file renamed .png must not reach the store as a photo.
 */
export function sniffFileType(bytes: Buffer): { mime_type: string; extension: string } | null {
  const found = SIGNATURES.find((s) => s.matches(bytes))
  return found ? { mime_type: found.mime_type, extension: found.extension } : null
}
