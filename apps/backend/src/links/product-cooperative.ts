import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CooperativeModule from "../modules/cooperative"

// A cooperative has many products; a product belongs to exactly one cooperative. Query both ways:
// product.cooperative (the store's `fields=*cooperative`) and cooperative.products.
export default defineLink(CooperativeModule.linkable.cooperative, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
