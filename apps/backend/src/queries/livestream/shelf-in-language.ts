import type { MedusaContainer } from "@medusajs/framework/types"
import type { PublicSession } from "@fengshou/live-contract"
import { lineTitles } from "../cooperative/line-titles"

/**
 * A shelf in the shopper's language. An offer keeps the zh-CN titles it was created with; a shopper on /en asks with
 * Medusa's own store locale (`?locale=en-US` or the x-medusa-locale header, `req.locale`), and gets the products' and
 * sizes' English translations where the cooperative wrote them (the zh title otherwise), as the catalog does.
 */
export async function shelfInLanguage(
  container: MedusaContainer,
  session: PublicSession,
  locale: string | undefined,
): Promise<PublicSession> {
  if (!locale?.toLowerCase().startsWith("en") || session.products.length === 0) return session
  const titleOf = await lineTitles(container, session.products, "en")
  return {
    ...session,
    products: session.products.map((p) => {
      const { title, variant_title } = titleOf(p)
      return { ...p, product_title: title, variant_title: variant_title ?? p.variant_title }
    }),
  }
}
