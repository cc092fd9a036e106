import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto"

/**
 * Household personal data at rest (PIPL): a name is AES-256-GCM ciphertext bound to its cooperative (the
 * cooperative id is the additional authenticated data, so a ciphertext copied into another cooperative's row
 * does not decrypt); an ID number is never stored, only its HMAC-SHA256, enough to spot a duplicate registration.
 * Keys are derived from the env secrets with HKDF so each purpose gets its own 32-byte key.
 */
const VERSION = "v1"

function deriveKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "fengshou", purpose, 32))
}

export function encryptHouseholdName(name: string, cooperativeId: string, secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", deriveKey(secret, "household-name"), iv)
  cipher.setAAD(Buffer.from(cooperativeId))
  const body = Buffer.concat([cipher.update(name, "utf8"), cipher.final()])
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`
}

export function decryptHouseholdName(stored: string, cooperativeId: string, secret: string): string {
  const [version, payload] = stored.split(".")
  if (version !== VERSION || !payload) throw new Error(`household name ciphertext has unknown format ${version}`)
  const raw = Buffer.from(payload, "base64url")
  const decipher = createDecipheriv("aes-256-gcm", deriveKey(secret, "household-name"), raw.subarray(0, 12))
  decipher.setAAD(Buffer.from(cooperativeId))
  decipher.setAuthTag(raw.subarray(12, 28))
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8")
}

/** 18-character resident ID (GB 11643), upper-cased so "x" and "X" hash alike. */
export function normalizeIdNumber(idNumber: string): string {
  return idNumber.trim().toUpperCase()
}

export function hashIdNumber(idNumber: string, secret: string): string {
  return createHmac("sha256", deriveKey(secret, "household-id-number"))
    .update(normalizeIdNumber(idNumber))
    .digest("hex")
}
