import { Button, Input, Label, Prompt, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

// Operators think in percent; the API takes whole basis points (500 = 5 %), at most 5000.
const toBps = (percent: string) => Math.round(Number(percent) * 100)
const valid = (percent: string) =>
  percent.trim() !== "" && Number.isFinite(Number(percent)) && toBps(percent) >= 0 && toBps(percent) <= 5000

/** Approve a host, or change an approved host's rate: both ask for the commission rate. */
export function RatePrompt(props: {
  name: string
  kind: "approve" | "rate"
  currentBps: number
  disabled: boolean
  onConfirm: (bps: number) => void
}) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [percent, setPercent] = useState(String(props.currentBps / 100))

  return (
    <Prompt open={open} onOpenChange={setOpen}>
      <Button size="small" variant="secondary" disabled={props.disabled} onClick={() => setOpen(true)}>
        {t(props.kind === "approve" ? "fengshou.hosts.approve" : "fengshou.hosts.changeRate")}
      </Button>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>
            {t(props.kind === "approve" ? "fengshou.hosts.approveTitle" : "fengshou.hosts.rateTitle", {
              name: props.name,
            })}
          </Prompt.Title>
          <Prompt.Description>{t("fengshou.hosts.rateDescription")}</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pb-4">
          <Label htmlFor="host-rate" size="small">
            {t("fengshou.hosts.ratePercent")}
          </Label>
          <Input
            id="host-rate"
            type="number"
            min={0}
            max={50}
            step={0.01}
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
          />
          {!valid(percent) && (
            <Text size="xsmall" className="text-ui-fg-error">
              {t("fengshou.hosts.rateInvalid")}
            </Text>
          )}
        </div>
        <Prompt.Footer>
          <Prompt.Cancel>{t("fengshou.hosts.cancel")}</Prompt.Cancel>
          <Prompt.Action disabled={!valid(percent)} onClick={() => props.onConfirm(toBps(percent))}>
            {t(props.kind === "approve" ? "fengshou.hosts.approve" : "fengshou.hosts.changeRate")}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
