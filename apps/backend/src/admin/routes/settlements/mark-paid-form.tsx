import type { StatementDetail } from "@fengshou/store-contract"
import { Button, Heading, Input, Label, Text } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { chinaToday } from "../../lib/money"
import { sdk } from "../../lib/sdk"

/**
 * POST /admin/settlements/:id/mark-paid: the day the transfer left (default today, China time) and the bank's
 * reference. The backend decides what is valid; its 4xx message (already paid, a bad date) is shown as it is.
 */
export function MarkPaidForm({ id }: { id: string }) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [paidOn, setPaidOn] = useState(chinaToday)
  const [reference, setReference] = useState("")
  const pay = useMutation({
    mutationFn: () =>
      sdk.client.fetch<StatementDetail>(`/admin/settlements/${id}/mark-paid`, {
        method: "POST",
        body: { paid_on: paidOn, bank_reference: reference.trim() },
      }),
    onSuccess: (detail) => {
      client.setQueryData(["fengshou", "settlements", "detail", id], detail)
      return client.invalidateQueries({ queryKey: ["fengshou", "settlements", "list"] })
    },
    // A 409 means someone else paid it meanwhile: read the statement again so the page shows what is true.
    onError: () => client.invalidateQueries({ queryKey: ["fengshou", "settlements", "detail", id] }),
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    pay.mutate()
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4" aria-labelledby="mark-paid-title">
      <Heading level="h2" id="mark-paid-title">
        {t("fengshou.settlements.markPaid.title")}
      </Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("fengshou.settlements.markPaid.description")}
      </Text>
      <div className="flex flex-wrap items-end gap-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="paid-on" size="small">
            {t("fengshou.settlements.markPaid.paidOn")}
          </Label>
          <Input id="paid-on" type="date" required value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
        </div>
        <div className="flex min-w-[16rem] flex-col gap-y-1">
          <Label htmlFor="bank-reference" size="small">
            {t("fengshou.settlements.markPaid.reference")}
          </Label>
          <Input
            id="bank-reference"
            required
            maxLength={64}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
          />
        </div>
        <Button type="submit" isLoading={pay.isPending}>
          {t("fengshou.settlements.markPaid.submit")}
        </Button>
      </div>
      {pay.error && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {pay.error.message}
        </Text>
      )}
    </form>
  )
}
