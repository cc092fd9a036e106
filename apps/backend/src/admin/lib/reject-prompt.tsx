import { Button, Label, Prompt, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

// POST /admin/cooperatives/:id/reject needs a reason (≤ 500 characters): the cooperative reads it on its status page
// and in the email, and corrects its sign-up from it. The Reject button stays disabled until one is written.
export function RejectPrompt({
  name,
  disabled,
  onConfirm,
}: {
  name: string
  disabled: boolean
  onConfirm: (reason: string) => void
}) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const empty = !reason.trim()

  return (
    <Prompt open={open} onOpenChange={setOpen}>
      <Button size="small" variant="secondary" disabled={disabled} onClick={() => setOpen(true)}>
        {t("fengshou.cooperatives.reject")}
      </Button>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{t("fengshou.cooperatives.rejectTitle", { name })}</Prompt.Title>
          <Prompt.Description>{t("fengshou.cooperatives.rejectDescription")}</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pb-4">
          <Label htmlFor="cooperatives-reject-reason" size="small">
            {t("fengshou.cooperatives.rejectReason")}
          </Label>
          <Textarea
            id="cooperatives-reject-reason"
            maxLength={500}
            required
            aria-describedby="cooperatives-reject-reason-hint"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Text id="cooperatives-reject-reason-hint" size="xsmall" className="text-ui-fg-subtle">
            {t("fengshou.cooperatives.rejectReasonHint")}
          </Text>
        </div>
        <Prompt.Footer>
          <Prompt.Cancel>{t("fengshou.cooperatives.cancel")}</Prompt.Cancel>
          <Prompt.Action
            disabled={empty}
            onClick={() => {
              onConfirm(reason.trim())
              setReason("")
            }}
          >
            {t("fengshou.cooperatives.reject")}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
