import { Button, Label, Prompt, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

// POST /admin/cooperatives/:id/suspend takes an optional reason (≤ 500 characters) that the cooperative sees.
export function SuspendPrompt({ name, disabled, onConfirm }: { name: string; disabled: boolean; onConfirm: (reason: string | null) => void }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")

  return (
    <Prompt open={open} onOpenChange={setOpen}>
      <Button size="small" variant="danger" disabled={disabled} onClick={() => setOpen(true)}>
        {t("fengshou.cooperatives.suspend")}
      </Button>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{t("fengshou.cooperatives.suspendTitle", { name })}</Prompt.Title>
          <Prompt.Description>{t("fengshou.cooperatives.suspendDescription")}</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pb-4">
          <Label htmlFor="suspend-reason" size="small">{t("fengshou.cooperatives.reason")}</Label>
          <Textarea id="suspend-reason" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <Prompt.Footer>
          <Prompt.Cancel>{t("fengshou.cooperatives.cancel")}</Prompt.Cancel>
          <Prompt.Action
            onClick={() => {
              onConfirm(reason.trim() || null)
              setReason("")
            }}
          >
            {t("fengshou.cooperatives.suspend")}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
