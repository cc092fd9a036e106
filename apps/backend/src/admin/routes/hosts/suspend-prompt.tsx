import { Button, Label, Prompt, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

// POST /admin/hosts/:id/suspend takes an optional reason (≤ 500 characters) that the host sees on their console.
export function HostSuspendPrompt({ name, disabled, onConfirm }: { name: string; disabled: boolean; onConfirm: (reason: string | null) => void }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")

  return (
    <Prompt open={open} onOpenChange={setOpen}>
      <Button size="small" variant="danger" disabled={disabled} onClick={() => setOpen(true)}>
        {t("fengshou.hosts.suspend")}
      </Button>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{t("fengshou.hosts.suspendTitle", { name })}</Prompt.Title>
          <Prompt.Description>{t("fengshou.hosts.suspendDescription")}</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pb-4">
          <Label htmlFor="host-suspend-reason" size="small">{t("fengshou.hosts.reason")}</Label>
          <Textarea id="host-suspend-reason" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <Prompt.Footer>
          <Prompt.Cancel>{t("fengshou.hosts.cancel")}</Prompt.Cancel>
          <Prompt.Action
            onClick={() => {
              onConfirm(reason.trim() || null)
              setReason("")
            }}
          >
            {t("fengshou.hosts.suspend")}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
