// The options of every session cookie the storefront sets (shopper and console actors alike).

export type CookieOptions = {
  httpOnly: true
  sameSite: "lax"
  secure: boolean
  path: "/"
  maxAge: number
}

/**
 * httpOnly (page scripts cannot read the token), SameSite=Lax (kept off cross-site POSTs), and Secure in production
 * whatever the proxy in front says. In development Secure only behind HTTPS, so `next dev` over http keeps its
 * session (browsers accept Secure cookies from http://localhost, but not from a LAN address).
 */
export function sessionCookieOptions(opts: {
  maxAge: number
  nodeEnv: string | undefined
  forwardedProto: string | null
}): CookieOptions {
  const secure = opts.nodeEnv === "production" || opts.forwardedProto?.split(",")[0]?.trim() === "https"
  return { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: opts.maxAge }
}
