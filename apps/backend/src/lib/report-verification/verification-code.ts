import { randomInt } from "node:crypto"

// Crockford base32 (no I, L, O, U), as the live codes: a code typed off paper is not mistyped.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
export const VERIFICATION_CODE_LENGTH = 10
export const VERIFICATION_CODE_PATTERN = /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{10}$/

/** 10 characters of 32 from the OS's CSPRNG: 50 random bits, so issued reports cannot be enumerated. */
export function newVerificationCode(): string {
  return Array.from({ length: VERIFICATION_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("")
}

/** A code as a reader may type it: lower case, spaces or dashes, and O/I/L for 0/1/1, read the Crockford way. */
export function normalizeVerificationCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1")
}
