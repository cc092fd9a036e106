import type { StatementDetail } from "@fengshou/store-contract"
import { statementToCsv } from "../../lib/settlement-documents/statement-csv"
import { statementFileName } from "../../lib/settlement-documents/statement-table"
import { statementToPdf } from "../../lib/settlement-documents/statement-pdf"
import type { DocumentLang } from "../../lib/settlement-documents/text"

/** A file a route sends as a download: its bytes and the headers that go with them. */
export type DownloadFile = { body: Buffer; headers: Record<string, string> }

export const STATEMENT_FORMATS = ["csv", "pdf"] as const
export type StatementFormat = (typeof STATEMENT_FORMATS)[number]

const TYPES: Record<StatementFormat, string> = { csv: "text/csv; charset=utf-8", pdf: "application/pdf" }

/** Headers of a private download: its type, `attachment` with an ASCII file name, never cached. */
export function downloadHeaders(contentType: string, fileName: string): Record<string, string> {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Cache-Control": "private, no-store",
  }
}

/**
 * A statement (cooperative's or host's; the caller has checked it is theirs) as a CSV or PDF download in `lang`,
 * named by its number.
 */
export async function statementFile(
  detail: StatementDetail,
  format: StatementFormat,
  lang: DocumentLang,
  now = new Date(),
): Promise<DownloadFile> {
  const body = format === "csv" ? statementToCsv(detail, lang) : await statementToPdf(detail, lang, now)
  return { body, headers: downloadHeaders(TYPES[format], statementFileName(detail.statement, format)) }
}
