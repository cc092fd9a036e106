import type {
  CartShippingMethodDTO,
  CreateShippingMethodDTO,
  ValidateFulfillmentDataContext,
} from "@medusajs/framework/types"
import { CartWorkflowEvents, MedusaError, PromotionActions } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartStep,
  emitEventStep,
  listShippingOptionsForCartWithPricingWorkflow,
  updateCartPromotionsWorkflow,
  upsertTaxLinesWorkflow,
  useQueryGraphStep,
  validateAndReturnShippingMethodsDataStep,
  validateCartShippingOptionsPriceStep,
  validateCartShippingOptionsStep,
  validateCartStep,
} from "@medusajs/medusa/core-flows"
import { chooseShipping, type CartShippingOption } from "./choose-shipping"
import { shippingMovesPromotionsStep } from "./steps/shipping-moves-promotions"

/** `shipping_option_id`: the shopper's choice for its profile; the cheapest is taken for every other. */
export type ShipExpressCartInput = { cart_id: string; shipping_option_id?: string }

/** What a priced shipping option carries here (listShippingOptionsForCartWithPricingWorkflow's answer). */
type PricedOption = {
  id: string
  name: string
  provider_id: string
  data?: Record<string, unknown> | null
  stock_location?: Record<string, unknown> | null
  calculated_price?: { calculated_amount?: unknown; is_calculated_price_tax_inclusive?: boolean } | null
}
type ExpressCart = {
  id: string
  completed_at?: Date | string | null
  shipping_methods?: unknown[] | null
  promotions?: ({ code?: string | null } | null)[] | null
}

// What validateCartStep reads, the promotion codes to keep, and what a fulfillment provider may look at.
const CART_FIELDS = [
  "id",
  "completed_at",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "email",
  "promotions.code",
  "shipping_methods.id",
  "shipping_address.*",
  "items.*",
  "items.variant.*",
]

/**
 * The express path's shipping, from Medusa's own steps and workflows: the options offered to the cart listed and
 * priced once (`listShippingOptionsForCartWithPricingWorkflow`), one chosen per shipping profile (chooseShipping),
 * validated as `addShippingMethodToCartWorkflow` validates them (offered to this cart, priced, the provider's data),
 * added, their tax lines set, the cart's promotions brought up to date if a shipping method can move them (an
 * automatic promotion exists, or a code's promotion is not items-only: shippingMovesPromotionsStep; a live link's
 * codes are items-only, and the cart's creation priced them) and `cart.updated` emitted. It leaves out
 * what the store routes' way repeats on a cart the express path has just created and priced: a listing to choose
 * from, then the chosen options listed and priced again by that workflow and again by its `refreshCartItemsWorkflow`.
 * The cart is new and its id not yet given to anyone, so no other request can change it meanwhile; a cart that
 * already has a method is refused instead of being replaced.
 */
export const shipExpressCartWorkflow = createWorkflow("ship-express-cart", (input: ShipExpressCartInput) => {
  const { data: cart } = useQueryGraphStep({
    entity: "cart",
    fields: CART_FIELDS,
    filters: { id: input.cart_id },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name: "express-cart" })
  validateCartStep({ cart })
  const unshipped = transform({ input, cart }, ({ input, cart }) => {
    if ((cart as ExpressCart).shipping_methods?.length)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${input.cart_id} already has a shipping method.`)
    return input.cart_id
  })
  const offered = listShippingOptionsForCartWithPricingWorkflow.runAsStep({
    input: { cart_id: unshipped, is_return: false },
  })
  const option_ids = transform({ input, offered }, ({ input, offered }) =>
    chooseShipping(offered as CartShippingOption[], input.shipping_option_id),
  )
  const priced = transform({ offered, option_ids }, ({ offered, option_ids }) =>
    (offered as PricedOption[]).filter((o) => option_ids.includes(o.id)),
  )
  validateCartShippingOptionsStep({ option_ids, prefetched_shipping_options: priced })
  validateCartShippingOptionsPriceStep({ shippingOptions: priced })
  const toValidate = transform({ option_ids, priced, cart }, ({ option_ids, priced, cart }) =>
    option_ids.map((id) => {
      const option = (priced as PricedOption[]).find((o) => o.id === id)!
      return {
        id,
        provider_id: option.provider_id,
        option_data: option.data ?? {},
        method_data: {},
        context: { ...cart, from_location: option.stock_location ?? {} } as unknown as ValidateFulfillmentDataContext,
      }
    }),
  )
  const validated = validateAndReturnShippingMethodsDataStep(toValidate)
  const methods = transform({ input, option_ids, priced, validated }, ({ input, option_ids, priced, validated }) =>
    // The cart module stores is_tax_inclusive, which CreateShippingMethodDTO does not list.
    option_ids.map((id): CreateShippingMethodDTO & { is_tax_inclusive: boolean } => {
      const option = (priced as PricedOption[]).find((o) => o.id === id)!
      const price = option.calculated_price!
      const data = (validated ?? []).find((v) => v?.[id])?.[id]
      return {
        cart_id: input.cart_id,
        shipping_option_id: id,
        name: option.name,
        amount: price.calculated_amount as CreateShippingMethodDTO["amount"],
        is_tax_inclusive: !!price.is_calculated_price_tax_inclusive,
        data: data ?? {},
      }
    }),
  )
  const created = addShippingMethodToCartStep({ shipping_methods: methods })
  // Tax lines for the new methods only, as Medusa's refresh after adding a method does (the items' are already set).
  upsertTaxLinesWorkflow.runAsStep({
    input: transform({ input, created }, ({ input, created }) => ({
      cart_id: input.cart_id,
      items: [],
      shipping_methods: created as CartShippingMethodDTO[],
    })),
  })
  const promo_codes = transform({ cart }, ({ cart }) =>
    ((cart as ExpressCart).promotions ?? []).map((p) => p?.code).filter((c): c is string => !!c),
  )
  // The cart was priced with its codes a moment ago; only a promotion a shipping method can move needs a second pass.
  const moved = shippingMovesPromotionsStep({ promo_codes })
  when("shipping-moved-promotions", { moved }, ({ moved }) => moved).then(() => {
    updateCartPromotionsWorkflow.runAsStep({
      input: {
        cart_id: input.cart_id,
        promo_codes,
        action: PromotionActions.REPLACE,
        force_refresh_payment_collection: false,
      },
    })
  })
  emitEventStep({ eventName: CartWorkflowEvents.UPDATED, data: { id: input.cart_id } })
  return new WorkflowResponse({ cart_id: input.cart_id, shipping_option_ids: option_ids })
})
