import { randomBytes } from "node:crypto"

// Crockford base32: no I, L, O, U, so a code read off a label is not mistyped.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
export const TRACE_CODE_LENGTH = 16
export const TRACE_CODE_PATTERN = /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{16}$/

/** A public trace code (一物一码): 16 base32 characters, 80 random bits, so codes cannot be enumerated. */
export function newTraceCode(): string {
  const bytes = randomBytes(TRACE_CODE_LENGTH)
  // 256 is a multiple of 32, so taking each byte mod 32 keeps every character equally likely.
  return Array.from(bytes, (b) => ALPHABET[b % 32]).join("")
}
