/**
 * Why a secret is too weak to guard production, or null when it will do. A length rule alone lets through
 * `aaaa…a` or `changemechangeme…`, so the value must also not be a unit shorter than the minimum length written
 * twice or more (the copies add nothing an attacker must guess), and its Shannon entropy over its own characters
 * must reach 1.5 bits per required character (random hex of the minimum length has about 3.3 on average; at 2 bits
 * one `openssl rand -hex 8` in about 300,000 fell short; `aaaa…ab` has almost none). The reason never contains the
 * value, so it can go into a log or an error message.
 */
export function secretWeakness(value: string, minLength: number): string | null {
  const chars = [...value]
  if (chars.length < minLength) return `is shorter than ${minLength} characters`
  const unit = shortestPeriod(chars)
  // A unit that fits at least twice is a repetition (one shared first and last character is not).
  if (unit * 2 <= chars.length && unit === 1) return "repeats one character"
  if (unit * 2 <= chars.length && unit < minLength) return `repeats a pattern of ${unit} characters`
  const bits = shannonBits(chars)
  if (bits < BITS_PER_REQUIRED_CHARACTER * minLength) {
    return `has too little entropy (${Math.floor(bits)} bits by character frequency, at least ${BITS_PER_REQUIRED_CHARACTER * minLength} needed)`
  }
  return null
}

export const BITS_PER_REQUIRED_CHARACTER = 1.5

/** The length of the shortest unit whose repetition (the last copy possibly cut short) spells the whole value. */
export function shortestPeriod(chars: readonly string[]): number {
  // Knuth–Morris–Pratt failure function: the longest proper border gives the shortest period.
  const border = new Array<number>(chars.length).fill(0)
  for (let i = 1, k = 0; i < chars.length; i += 1) {
    while (k > 0 && chars[i] !== chars[k]) k = border[k - 1]!
    if (chars[i] === chars[k]) k += 1
    border[i] = k
  }
  return chars.length - (border[chars.length - 1] ?? 0)
}

/** Shannon entropy of the value's own character frequencies, times its length, in bits. */
export function shannonBits(chars: readonly string[]): number {
  const counts = new Map<string, number>()
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1)
  let perChar = 0
  for (const n of counts.values()) {
    const p = n / chars.length
    perChar -= p * Math.log2(p)
  }
  return perChar * chars.length
}
