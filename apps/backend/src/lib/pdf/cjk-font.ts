import { readFileSync } from "node:fs"
import path from "node:path"

// Noto Sans SC (Noto Sans Hans, SIL Open Font License 1.1, which allows embedding) from @embedpdf/fonts-sc;
// pdfkit embeds only the glyphs a document uses, so a PDF stays small. Read once per process.
let font: Buffer | undefined

/** The CJK font every PDF we print is set in (`doc.font(cjkFont())`). */
export function cjkFont(): Buffer {
  font ??= readFileSync(
    path.join(path.dirname(require.resolve("@embedpdf/fonts-sc")), "..", "fonts", "NotoSansHans-Regular.otf"),
  )
  return font
}
