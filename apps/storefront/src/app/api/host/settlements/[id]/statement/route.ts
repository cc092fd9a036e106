// Downloads one of the host's settlement statements: ?format=csv|pdf&lang=zh|en (see modules/settlements/download.ts).
import { downloadLang, downloadSettlementFile, plainText } from "@/modules/settlements/download"

type Context = { params: Promise<{ id: string }> }

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params
  const search = new URL(request.url).searchParams
  const format = search.get("format")
  if (format !== "csv" && format !== "pdf") return plainText(400, "format must be csv or pdf")
  const lang = downloadLang(search)
  if (!lang) return plainText(400, "lang must be zh or en")
  return downloadSettlementFile({ actor: "host", kind: "statement", id, format, lang })
}
