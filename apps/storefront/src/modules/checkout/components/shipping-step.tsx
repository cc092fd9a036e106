"use client"

import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import { useRouter } from "@/i18n/navigation"
import { formatFen } from "@/lib/view/money"
import type { ShippingGroup, ShippingOptionView } from "@/lib/view/shipping"
import { saveShippingMethods } from "../actions"
import { errorMessageKey } from "./error-keys"
import { FormAlert } from "@/modules/common/components/form-alert"

type Props = { enabled: boolean; done: boolean; groups: ShippingGroup[]; initial: Record<string, string> }

const isColdChain = (group: ShippingGroup) => group.options.some((o) => o.code === "cold-chain")

/** One choice per shipping profile (常温 / 冷链); each becomes its own shipping method on the cart. */
export function ShippingStep({ enabled, done, groups, initial }: Props) {
  const t = useTranslations("checkout")
  const router = useRouter()
  const [selection, setSelection] = useState(initial)
  const [editing, setEditing] = useState(!done)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const optionName = (o: ShippingOptionView) =>
    o.code === "standard" ? t("optionStandard") : o.code === "cold-chain" ? t("optionColdChain") : o.name

  if (!enabled) return <p className="muted">{t("shippingAfterAddress")}</p>
  if (groups.length === 0) return <p className="form-error">{t("noShippingOptions")}</p>
  if (done && !editing) {
    const chosen = groups.flatMap((g) => g.options.filter((o) => o.id === selection[g.profileId]))
    return (
      <div className="step-summary">
        <ul className="plain-list">
          {chosen.map((o) => (
            <li key={o.id}>
              {optionName(o)} · {formatFen(o.amountFen)}
            </li>
          ))}
        </ul>
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          {t("edit")}
        </button>
      </div>
    )
  }
  const submit = () =>
    startTransition(async () => {
      setError(null)
      const result = await saveShippingMethods(Object.values(selection))
      if (!result.ok) return setError(t(errorMessageKey(result.error)))
      setEditing(false)
      // Shipping now counts in the total the pay button shows: the page's new read of the cart brings it.
      router.refresh()
    })
  return (
    <form className="checkout-form" onSubmit={(event) => (event.preventDefault(), submit())}>
      <FormAlert>{error}</FormAlert>
      {groups.map((group) => (
        <fieldset key={group.profileId} className="choice-group">
          <legend>{isColdChain(group) ? t("groupColdChain") : t("groupStandard")}</legend>
          {group.options.map((option) => (
            <label key={option.id} className="choice">
              <input
                type="radio"
                name={`shipping-${group.profileId}`}
                value={option.id}
                checked={selection[group.profileId] === option.id}
                onChange={() => setSelection({ ...selection, [group.profileId]: option.id })}
              />
              <span className="choice__label">{optionName(option)}</span>
              <span className="choice__price">{formatFen(option.amountFen)}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <button type="submit" className="button button--block" disabled={pending}>
        {pending ? t("saving") : t("saveShipping")}
      </button>
    </form>
  )
}
