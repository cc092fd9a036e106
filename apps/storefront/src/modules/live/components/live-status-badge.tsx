import { useTranslations } from "next-intl"
import type { SessionStatus } from "@fengshou/live-contract"

/** 预告 / 直播中 / 已结束, as text (not colour alone); the live one pulses. */
export function LiveStatusBadge({ status }: { status: SessionStatus }) {
  const t = useTranslations("live.status")
  return <span className={`live-badge live-badge--${status}`}>{t(status)}</span>
}
