import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createTranslationsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { DemoCategory, DemoProduct } from "./catalog"

export const SIZE_OPTION = "规格"
const EN = "en-US"

type ProductContext = {
  salesChannelId: string
  /** Stock location of each product's cooperative, by product handle. */
  locationIds: Map<string, string>
  defaultProfileId: string
  coldChainProfileId: string
  imageUrls: Map<string, string>
}

/** Categories by handle, created when missing; their English names go to the Translation Module. */
export async function ensureCategories(container: MedusaContainer, categories: DemoCategory[]) {
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProductCategories({ handle: categories.map((c) => c.handle) })
  const missing = categories.filter((c) => !existing.some((e) => e.handle === c.handle))
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({ name: c.zh, handle: c.handle, is_active: true })),
      },
    })
    await translate(
      container,
      "product_category",
      result.map((row) => ({ id: row.id, fields: { name: categories.find((c) => c.handle === row.handle)!.en } })),
    )
    existing.push(...result)
  }
  return new Map(existing.map((c) => [c.handle, c.id]))
}

/** Demo products by handle, created when missing, with stock at the location and English translations. */
export async function ensureProducts(
  container: MedusaContainer,
  products: DemoProduct[],
  categoryIds: Map<string, string>,
  ctx: ProductContext,
) {
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProducts({ handle: products.map((p) => p.handle) }, { select: ["handle"] })
  const missing = products.filter((p) => !existing.some((e) => e.handle === p.handle))
  if (!missing.length) return { created: 0 }

  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: missing.map((p) => ({
        title: p.zh.title,
        subtitle: p.zh.subtitle,
        description: p.zh.description,
        handle: p.handle,
        status: ProductStatus.PUBLISHED,
        thumbnail: ctx.imageUrls.get(p.handle),
        images: [{ url: ctx.imageUrls.get(p.handle)! }],
        category_ids: [categoryIds.get(p.category)!],
        shipping_profile_id: p.coldChain ? ctx.coldChainProfileId : ctx.defaultProfileId,
        sales_channels: [{ id: ctx.salesChannelId }],
        metadata: {
          cooperative_name: p.cooperative.name,
          village_code: p.cooperative.village_code,
          cold_chain: p.coldChain,
        },
        options: [{ title: SIZE_OPTION, values: p.variants.map((v) => v.title) }],
        variants: p.variants.map((v) => ({
          title: v.title,
          sku: v.sku,
          weight: v.weight_g,
          manage_inventory: true,
          options: { [SIZE_OPTION]: v.title },
          // Medusa stores decimal major units; the catalog's decimal strings are exact in that form.
          prices: [{ currency_code: "cny", amount: Number(v.price) }],
        })),
      })),
    },
  })

  await stockVariants(container, missing, ctx.locationIds)
  await translate(
    container,
    "product",
    result.map((row) => {
      const en = missing.find((p) => p.handle === row.handle)!.en
      return { id: row.id, fields: { title: en.title, subtitle: en.subtitle, description: en.description } }
    }),
  )
  return { created: result.length }
}

// Each product's stock sits at its own cooperative's location (see ARCHITECTURE.md, "Catalog and shipping").
async function stockVariants(container: MedusaContainer, products: DemoProduct[], locationIds: Map<string, string>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stockBySku = new Map(products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  const locationBySku = new Map(
    products.flatMap((p) => p.variants.map((v) => [v.sku, locationIds.get(p.handle)!] as const)),
  )
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku"],
    filters: { sku: [...stockBySku.keys()] },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({
        inventory_item_id: item.id,
        location_id: locationBySku.get(item.sku!)!,
        stocked_quantity: stockBySku.get(item.sku!) ?? 0,
      })),
    },
  })
}

async function translate(
  container: MedusaContainer,
  reference: string,
  rows: { id: string; fields: Record<string, string> }[],
) {
  if (!rows.length) return
  await createTranslationsWorkflow(container).run({
    input: {
      translations: rows.map((r) => ({ reference, reference_id: r.id, locale_code: EN, translations: r.fields })),
    },
  })
}
