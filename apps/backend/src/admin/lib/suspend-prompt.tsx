import { Button, Label, Prompt, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

// POST /admin/cooperatives/:id/suspend and /admin/hosts/:id/suspend take an optional reason (≤ 500 characters) that
// the cooperative or host sees; `area` picks the page's strings.
export function SuspendPrompt({
  area,
  name,
  disabled,
  onConfirm,
}: {
  area: "cooperatives" | "hosts"
  name: string
  disabled: boolean
  onConfirm: (reason: string | null) => void
}) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")

  return (
    <Prompt open={open} onOpenChange={setOpen}>
      <Button size="small" variant="danger" disabled={disabled} onClick={() => setOpen(true)}>
        {t(`fengshou.${area}.suspend`)}
      </Button>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{t(`fengshou.${area}.suspendTitle`, { name })}</Prompt.Title>
          <Prompt.Description>{t(`fengshou.${area}.suspendDescription`)}</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pb-4">
          <Label htmlFor={`${area}-suspend-reason`} size="small">
            {t(`fengshou.${area}.reason`)}
          </Label>
          <Textarea
            id={`${area}-suspend-reason`}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <Prompt.Footer>
          <Prompt.Cancel>{t(`fengshou.${area}.cancel`)}</Prompt.Cancel>
          <Prompt.Action
            onClick={() => {
              onConfirm(reason.trim() || null)
              setReason("")
            }}
          >
            {t(`fengshou.${area}.suspend`)}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
