// Downloads the cooperative's dividend sheet (分红表) PDF for ?period=YYYY-MM&lang=zh|en. The backend checks the period
// and answers 400 naming it; see modules/settlements/download.ts.
import { downloadLang, downloadSettlementFile, plainText } from "@/modules/settlements/download"

export async function GET(request: Request): Promise<Response> {
  const search = new URL(request.url).searchParams
  const lang = downloadLang(search)
  if (!lang) return plainText(400, "lang must be zh or en")
  const period = search.get("period") ?? ""
  return downloadSettlementFile({ actor: "cooperative", kind: "dividend-sheet", period, lang })
}
