import { UPLOAD_RULES, type UploadPurpose } from "@fengshou/store-contract"

const NAMES: Record<string, string> = {
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/webp": "WebP",
  "application/pdf": "PDF",
}
const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/** "a photo: JPEG, PNG or WebP, at most 8 MB": what a 400 tells the sender to fix. */
export function describeRule(purpose: UploadPurpose): string {
  const rule = UPLOAD_RULES[purpose]
  const names = rule.mime_types.map((m) => NAMES[m] ?? m)
  const types = names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : names[0]
  return `a ${purpose} must be ${types}, at most ${mb(rule.max_bytes)}`
}

export function describeLimits(): string {
  return `Limits: ${(Object.keys(UPLOAD_RULES) as UploadPurpose[]).map(describeRule).join("; ")}.`
}

export { mb }
