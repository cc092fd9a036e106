// PostgreSQL refuses NUL in text and lone UTF-16 surrogates cannot be encoded as UTF-8, so a request that carries
// either would fail deep in a write with a 500. This finds the first such string (or key) in a parsed body or query.

/** Where the first bad text is ("name", "variants[0].title") and what is wrong with it. */
export type InvalidText = { path: string; message: string }

const MAX_DEPTH = 64

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`

/** Why `value` is not acceptable text, or null: control characters other than tab, newline and carriage return
 * (C0, DEL and C1), and lone surrogates. */
export const textProblem = (value: string): string | null => {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++
        continue
      }
      return `text may not contain a lone UTF-16 surrogate (${hex(code)})`
    }
    if (code >= 0xdc00 && code <= 0xdfff) return `text may not contain a lone UTF-16 surrogate (${hex(code)})`
    const control = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)
    if (control) return `text may not contain control characters (${hex(code)})`
  }
  return null
}

const join = (path: string, key: string | number) =>
  typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key

/** The first string or object key in `value` (parsed JSON or a parsed query string) that is not acceptable text. */
export const findInvalidText = (value: unknown, path = "", depth = 0): InvalidText | null => {
  if (typeof value === "string") {
    const problem = textProblem(value)
    return problem ? { path: path || "body", message: problem } : null
  }
  if (value === null || typeof value !== "object") return null
  if (depth > MAX_DEPTH) return { path: path || "body", message: `is nested more than ${MAX_DEPTH} levels deep` }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findInvalidText(value[i], join(path, i), depth + 1)
      if (found) return found
    }
    return null
  }
  for (const [key, inner] of Object.entries(value)) {
    const keyProblem = textProblem(key)
    if (keyProblem) return { path: join(path, JSON.stringify(key).slice(1, -1)), message: `field name: ${keyProblem}` }
    const found = findInvalidText(inner, join(path, key), depth + 1)
    if (found) return found
  }
  return null
}
