import { randomInt } from "node:crypto"

// Crockford base32 (no I, L, O, U): a code read aloud on a stream or typed off a screen is not mistyped.
export const LIVE_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
export const LIVE_CODE_LENGTH = 10
export const CART_LINK_CODE_PATTERN = /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{10}$/
export const LIVE_PROMO_CODE_PATTERN = /^LIVE-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{10}$/

/** 10 characters of 32, each from the OS's CSPRNG: 50 random bits, so links cannot be enumerated. */
export function newLiveCode(): string {
  return Array.from({ length: LIVE_CODE_LENGTH }, () => LIVE_CODE_ALPHABET[randomInt(LIVE_CODE_ALPHABET.length)]).join(
    "",
  )
}

/** The promotion code behind one live price; shoppers never type it, the cart link or session route applies it. */
export const newLivePromoCode = () => `LIVE-${newLiveCode()}`
