// Shipping options grouped by shipping profile. Medusa completes a cart only when every profile among its items
// has a shipping method, and the backend lists 快递 for ambient goods and 冷链 for cold-chain goods, so the
// shopper picks one option per group and the cart gets one method per profile.
import { yuanToFen } from "@fengshou/relief-core"

export type WireShippingOption = {
  id: string
  name: string
  shipping_profile_id: string
  amount?: number | string | null
  calculated_price?: { calculated_amount?: number | string | null } | null
  type?: { code?: string | null; description?: string | null } | null
}

export type ShippingOptionView = {
  id: string
  name: string
  /** The option type's code ("standard", "cold-chain"): names and explains the option in the shopper's language. */
  code: string | null
  description: string | null
  amountFen: number
}

export type ShippingGroup = { profileId: string; options: ShippingOptionView[] }

function toOption(option: WireShippingOption): ShippingOptionView {
  const amount = option.calculated_price?.calculated_amount ?? option.amount ?? 0
  return {
    id: option.id,
    name: option.name,
    code: option.type?.code ?? null,
    description: option.type?.description ?? null,
    amountFen: yuanToFen(amount),
  }
}

/** One group per shipping profile, in the order the backend listed them; cheapest option first in each. */
export function groupByProfile(options: WireShippingOption[]): ShippingGroup[] {
  const groups = new Map<string, ShippingOptionView[]>()
  for (const option of options) {
    const group = groups.get(option.shipping_profile_id) ?? []
    group.push(toOption(option))
    groups.set(option.shipping_profile_id, group)
  }
  return [...groups].map(([profileId, group]) => ({
    profileId,
    options: group.sort((a, b) => a.amountFen - b.amountFen),
  }))
}

/** Profile id → preselected option: the one already on the cart, else the cheapest. */
export function initialSelection(groups: ShippingGroup[], chosenOptionIds: string[]): Record<string, string> {
  return Object.fromEntries(
    groups.flatMap(({ profileId, options }) => {
      const option = options.find((o) => chosenOptionIds.includes(o.id)) ?? options[0]
      return option ? [[profileId, option.id]] : []
    }),
  )
}

/** The option ids to add, one per group, or null unless the selection covers every group with a listed option. */
export function selectionFor(groups: ShippingGroup[], optionIds: string[]): string[] | null {
  if (groups.length === 0) return null
  const picked = groups.map(({ options }) => options.filter((o) => optionIds.includes(o.id)))
  if (picked.some((inGroup) => inGroup.length !== 1)) return null
  const ids = picked.map((inGroup) => inGroup[0]!.id)
  return ids.length === new Set(optionIds).size ? ids : null
}

/** True when the cart already carries a method from every group, so checkout can go on to payment. */
export function coversEveryGroup(groups: ShippingGroup[], chosenOptionIds: string[]): boolean {
  return groups.length > 0 && groups.every(({ options }) => options.some((o) => chosenOptionIds.includes(o.id)))
}
