"use client"
// Subscribe to a monthly report, or end a subscription: the action's answer is shown beside the button, and the
// page is read again from the server once it changed.
import { useState, useTransition } from "react"
import { useRouter } from "@/i18n/navigation"
import { endReportSubscription, subscribeMonthlyReport } from "../subscription-actions"
import type { SubscriptionText } from "./report-subscriptions-text"

type Result = Awaited<ReturnType<typeof subscribeMonthlyReport>>

function useAction(text: SubscriptionText) {
  const router = useRouter()
  const [pending, start] = useTransition()
  const [message, setMessage] = useState<string | null>(null)
  const run = (action: () => Promise<Result>) =>
    start(async () => {
      const result = await action()
      if (result.ok || result.error === "signedOut") {
        setMessage(null)
        router.refresh()
        return
      }
      setMessage(result.detail ?? text.errors[result.error === "unavailable" ? "unavailable" : "invalid"])
    })
  return { pending, message, run }
}

export function SubscribeForm({ text, region, lang }: { text: SubscriptionText; region: string; lang: "zh" | "en" }) {
  const { pending, message, run } = useAction(text)
  return (
    <form
      className="official-subscribe"
      data-testid="report-subscribe"
      onSubmit={(event) => {
        event.preventDefault()
        const values = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>
        run(() => subscribeMonthlyReport(values))
      }}
    >
      <label>
        {text.region}
        <input name="region" defaultValue={region} inputMode="numeric" pattern="\d{2}|\d{4}|\d{6}|\d{9}|\d{12}" />
      </label>
      <label>
        {text.groupBy}
        <select name="group_by" defaultValue="region">
          {Object.entries(text.groupings).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {text.lang}
        <select name="lang" defaultValue={lang}>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <button type="submit" className="button" disabled={pending}>
        {text.subscribe}
      </button>
      {message ? (
        <p role="alert" className="form-alert">
          {message}
        </p>
      ) : null}
    </form>
  )
}

export function EndSubscriptionButton({ id, text }: { id: string; text: SubscriptionText }) {
  const { pending, message, run } = useAction(text)
  return (
    <>
      <button
        type="button"
        className="button-secondary"
        disabled={pending}
        onClick={() => run(() => endReportSubscription({ id }))}
      >
        {text.end}
      </button>
      {message ? <span role="alert">{message}</span> : null}
    </>
  )
}
