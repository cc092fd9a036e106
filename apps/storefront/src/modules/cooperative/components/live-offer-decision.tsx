"use client"

import { useTranslations } from "next-intl"
import { liveOfferDecisionSchema } from "@/lib/cooperative/live-offer-schema"
import { TextField } from "@/modules/common/components/field"
import { ConsoleAlert, useConsoleFieldError } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { decideOffer } from "../live-offer-actions"

/** Approve, or decline with a reason, one host's live offer that is outside the cooperative's floor or cap. */
export function LiveOfferDecision({ offerId, title }: { offerId: string; title: string }) {
  const t = useTranslations("portal.liveOffers")
  const approve = useConsoleForm("cooperative", liveOfferDecisionSchema, decideOffer)
  const decline = useConsoleForm("cooperative", liveOfferDecisionSchema, decideOffer)
  const error = useConsoleFieldError("cooperative", decline.fieldErrors)
  return (
    <div className="portal-row">
      <form noValidate onSubmit={approve.onSubmit}>
        <ConsoleAlert actor="cooperative" failure={approve.failure} />
        <input type="hidden" name="offerId" value={offerId} />
        <input type="hidden" name="decision" value="approve" />
        <button type="submit" className="button" disabled={approve.pending} aria-label={t("approveNamed", { title })}>
          {t("approve")}
        </button>
      </form>
      <form noValidate onSubmit={decline.onSubmit} className="portal-form">
        <ConsoleAlert actor="cooperative" failure={decline.failure} />
        <input type="hidden" name="offerId" value={offerId} />
        <input type="hidden" name="decision" value="decline" />
        <TextField id={`decline-${offerId}`} name="reason" label={t("reason")} error={error("reason")} />
        <button
          type="submit"
          className="button button--secondary"
          disabled={decline.pending}
          aria-label={t("declineNamed", { title })}
        >
          {t("decline")}
        </button>
      </form>
    </div>
  )
}
