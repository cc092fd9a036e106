/** Seconds until a JWT's `exp`, or null when it has none or cannot be read. Not a verification: Medusa verifies. */
export function tokenLifetimeSeconds(token: string, nowMs: number = Date.now()): number | null {
  const payload = token.split(".")[1]
  if (!payload) return null
  try {
    const { exp } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { exp?: unknown }
    if (typeof exp !== "number") return null
    return Math.max(0, Math.floor(exp - nowMs / 1000))
  } catch {
    return null
  }
}
