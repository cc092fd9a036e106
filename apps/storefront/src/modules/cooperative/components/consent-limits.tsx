import { useTranslations } from "next-intl"
import { formatFen } from "@/lib/view/money"

type Offer = {
  live_price_fen: number
  stock_cap: number
  consent_floor_fen: number | null
  consent_cap_max: number | null
}

/** Which of the cooperative's limits a live offer is outside of, in the reader's language (portal and host console). */
export function ConsentLimits({ offer }: { offer: Offer }) {
  const t = useTranslations("liveConsent")
  const parts = [
    offer.consent_floor_fen !== null
      ? t("belowFloor", { live: formatFen(offer.live_price_fen), floor: formatFen(offer.consent_floor_fen) })
      : null,
    offer.consent_cap_max !== null ? t("aboveCap", { cap: offer.stock_cap, max: offer.consent_cap_max }) : null,
  ].filter(Boolean)
  return <>{parts.join(t("separator"))}</>
}
