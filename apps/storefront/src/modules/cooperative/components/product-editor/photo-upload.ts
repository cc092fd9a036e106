// What the portal's photo upload route (app/api/cooperative/uploads) answers, and the checks the browser and the
// route share: the contract's UPLOAD_RULES for photos, on the declared type and size and on the file's first bytes.
import { UPLOAD_RULES, type CooperativeUploadResponse } from "@fengshou/store-contract"

export const PHOTO_RULES = UPLOAD_RULES.photo
export const UPLOAD_ROUTE = "/api/cooperative/uploads"

export type UploadErrorCode = "signedOut" | "photoMissing" | "photoType" | "photoSize" | "unavailable" | "rejected"
export type UploadAnswer = CooperativeUploadResponse | { error: UploadErrorCode; message: string }

/** The image type its first bytes say it is (JPEG, PNG, WebP), or null. */
export function sniffImageType(bytes: Uint8Array): string | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to))
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg"
  if (bytes[0] === 0x89 && ascii(1, 4) === "PNG") return "image/png"
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp"
  return null
}

/** The browser's check before sending: the declared type and the size (the route checks the bytes too). */
export function photoProblem(file: { type: string; size: number }): "photoType" | "photoSize" | null {
  if (!PHOTO_RULES.mime_types.includes(file.type)) return "photoType"
  return file.size > PHOTO_RULES.max_bytes ? "photoSize" : null
}
