// The shopper's cart for the browser's cart store (useCart). A read, so a GET route rather than a server action:
// it can run in parallel with other requests and is never cached.
import { getCurrentCart } from "@/lib/data/current-cart"
import { BackendUnavailableError } from "@/lib/medusa"
import { toCartView } from "@/lib/view/cart"

export async function GET(): Promise<Response> {
  const headers = { "cache-control": "no-store" }
  try {
    const cart = await getCurrentCart()
    return Response.json({ cart: cart ? toCartView(cart) : null }, { headers })
  } catch (error) {
    if (error instanceof BackendUnavailableError)
      return Response.json({ error: "unavailable" }, { status: 503, headers })
    throw error
  }
}
