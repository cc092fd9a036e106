// The cart's arithmetic the browser needs (the header's cart hook runs on every page): no wire conversion here.
import type { CartLineView, CartView } from "./cart"

/**
 * What one unit costs the shopper: the line total over its quantity when that divides evenly (a live price, which
 * Medusa keeps as the shelf unit price plus a discount), else the shelf unit price.
 */
export const paidUnitFen = (line: Pick<CartLineView, "quantity" | "totalFen" | "unitPriceFen">): number =>
  line.quantity > 0 && line.totalFen % line.quantity === 0 ? line.totalFen / line.quantity : line.unitPriceFen

/**
 * The cart as it will look once a quantity change lands (0 removes the line), for optimistic updates:
 * line and item totals are recomputed in fen; the server's answer replaces this a moment later.
 */
export function withQuantity(cart: CartView, lineId: string, quantity: number): CartView {
  const lines = cart.lines.flatMap((line) => {
    if (line.id !== lineId) return [line]
    if (quantity === 0) return []
    // A discounted line keeps its price per unit when it divides evenly; else the server's answer corrects it.
    const each = paidUnitFen(line)
    return [{ ...line, quantity, totalFen: each * quantity, listTotalFen: line.unitPriceFen * quantity }]
  })
  const itemsFen = lines.reduce((sum, line) => sum + line.totalFen, 0)
  return {
    ...cart,
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    itemsFen,
    totalFen: itemsFen + cart.shippingFen,
  }
}
