// Which document a file is, from its first bytes (the name and the browser's type can lie): PDF, JPEG or PNG,
// the types UPLOAD_RULES.document accepts. Shared by the browser check and the upload route.
export type DocumentType = "application/pdf" | "image/jpeg" | "image/png"

export function documentTypeOf(head: Uint8Array): DocumentType | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b)
  if (starts(0x25, 0x50, 0x44, 0x46)) return "application/pdf" // %PDF
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg"
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png"
  return null
}
