import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dividendSheetToPdf } from "../../../../../lib/settlement-documents/dividend-sheet-pdf"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"
import { downloadHeaders } from "../../../../../serializers/settlement/statement-file"
import { cooperativeActor } from "../../../cooperative-actor"
import type { DividendSheetParams } from "../../validators"
import { readOwnHouseholdIncome } from "../own-income"

type Region = Partial<Record<"province" | "city" | "county" | "township" | "village", string | null>>

/** The 分红表 of the month as a PDF: households with their names, a column to sign, the collective, the totals. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { period, lang } = req.validatedQuery as DividendSheetParams
  const { cooperativeId } = cooperativeActor(req)
  const cooperative = await req.scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .retrieveCooperative(cooperativeId, { select: ["handle", "name_zh", "name_en", "division_code", "region"] })
  const region = (cooperative.region ?? {}) as Region
  const village = [region.province, region.city, region.county, region.township, region.village]
    .filter(Boolean)
    .join("")
  const body = await dividendSheetToPdf({
    cooperative: {
      name: lang === "en" ? cooperative.name_en : cooperative.name_zh,
      village:
        lang === "en" ? `${village} (${cooperative.division_code})` : `${village}（${cooperative.division_code}）`,
    },
    answer: await readOwnHouseholdIncome(req, period),
    lang,
    generatedAt: new Date(),
  })
  const headers = downloadHeaders("application/pdf", `dividend-sheet-${cooperative.handle}-${period}.pdf`)
  res.set(headers).status(200).send(body)
}
