import JSZip from "jszip"
import { fenToYuanString } from "@fengshou/relief-core"
import type { ChartSeries } from "./chart-series"

// exceljs writes no charts, so the workbook it wrote is opened again and given DrawingML chart parts (ECMA-376
// part 1, §21.2): a drawing on the charts sheet anchoring two charts whose series point at that sheet's cells.

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

/** A chart of one sheet's cells: the label column, one value column per series, rows 2 … n+1 (row 1 the names). */
export type SheetChart = {
  kind: "line" | "bar"
  title: string
  data: ChartSeries
  /** Columns as letters: labels, then one per series. */
  columns: string[]
  /** Where it sits: first column and row (0-based), and its size in columns and rows. */
  at: { col: number; row: number; cols: number; rows: number }
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
const ref = (sheet: string, col: string, first: number, last: number) =>
  `'${sheet.replace(/'/g, "''")}'!$${col}$${first}:$${col}$${last}`

function strRef(f: string, values: string[]) {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join("")
  return `<c:strRef><c:f>${esc(f)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`
}

function numRef(f: string, fen: number[]) {
  const pts = fen.map((v, i) => `<c:pt idx="${i}"><c:v>${fenToYuanString(v)}</c:v></c:pt>`).join("")
  return `<c:numRef><c:f>${esc(f)}</c:f><c:numCache><c:formatCode>#,##0.00</c:formatCode><c:ptCount val="${fen.length}"/>${pts}</c:numCache></c:numRef>`
}

function chartXml(sheet: string, chart: SheetChart): string {
  const { labels, series } = chart.data
  // An empty chart still points at one (empty) cell: a range may not end above where it starts.
  const last = Math.max(labels.length + 1, 2)
  const [labelCol = "A", ...valueCols] = chart.columns
  const sers = series
    .map((s, i) => {
      const col = valueCols[i] ?? "B"
      const tx = `<c:tx>${strRef(`'${sheet.replace(/'/g, "''")}'!$${col}$1`, [s.name])}</c:tx>`
      const cat = `<c:cat>${strRef(ref(sheet, labelCol, 2, last), labels)}</c:cat>`
      const val = `<c:val>${numRef(ref(sheet, col, 2, last), s.fen)}</c:val>`
      return chart.kind === "line"
        ? `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${tx}<c:marker><c:symbol val="circle"/></c:marker>${cat}${val}<c:smooth val="0"/></c:ser>`
        : `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${tx}<c:invertIfNegative val="0"/>${cat}${val}</c:ser>`
    })
    .join("")
  const axes = `<c:axId val="500100"/><c:axId val="500101"/>`
  const plot =
    chart.kind === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${sers}<c:marker val="1"/>${axes}</c:lineChart>`
      : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${sers}<c:gapWidth val="80"/>${axes}</c:barChart>`
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>` +
    `${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}` +
    `<c:catAx><c:axId val="500100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="low"/><c:crossAx val="500101"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="500101"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500100"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  )
}

function anchor(chart: SheetChart, n: number): string {
  const { col, row, cols, rows } = chart.at
  const cell = (c: number, r: number) =>
    `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${cell(col, row)}</xdr:from><xdr:to>${cell(col + cols, row + rows)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${n + 1}" name="Chart ${n}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}">` +
    `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${n}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  )
}

const relationships = (rels: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`

/**
 * Adds native charts to the worksheet `sheetFile` (like `xl/worksheets/sheet2.xml`, named `sheetName`) of an
 * XLSX that has no drawings yet: chart parts, one drawing, the sheet's relationship, the content types.
 */
export async function addSheetCharts(
  xlsx: Buffer,
  sheetFile: string,
  sheetName: string,
  charts: SheetChart[],
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx, { createFolders: false })
  // Our parts go in without folder entries (an OPC package needs none).
  const put = (name: string, text: string) => zip.file(name, text, { createFolders: false })
  const sheet = await zip.file(sheetFile)?.async("string")
  const types = await zip.file("[Content_Types].xml")?.async("string")
  if (!sheet || !types) throw new Error(`the workbook has no ${sheetFile}`)

  const overrides: string[] = []
  charts.forEach((chart, i) => {
    put(`xl/charts/chart${i + 1}.xml`, chartXml(sheetName, chart))
    overrides.push(
      `<Override PartName="/xl/charts/chart${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
    )
  })
  put(
    "xl/drawings/drawing1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">${charts.map((c, i) => anchor(c, i + 1)).join("")}</xdr:wsDr>`,
  )
  put(
    "xl/drawings/_rels/drawing1.xml.rels",
    relationships(
      charts
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/chart" Target="../charts/chart${i + 1}.xml"/>`)
        .join(""),
    ),
  )
  overrides.push(
    `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
  )
  put("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`))

  const relsFile = sheetFile.replace(/([^/]+)$/, "_rels/$1.rels")
  const drawingRel = `<Relationship Id="rIdCharts1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`
  const rels = await zip.file(relsFile)?.async("string")
  put(relsFile, rels ? rels.replace("</Relationships>", `${drawingRel}</Relationships>`) : relationships(drawingRel))
  // <drawing> comes after the page setup and before legacy drawings, table parts and extensions (CT_Worksheet order).
  const before =
    /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s>/]|<\/worksheet>/.exec(
      sheet,
    )!
  const withR = sheet.includes(`xmlns:r="${NS_R}"`)
    ? sheet
    : sheet.replace("<worksheet ", `<worksheet xmlns:r="${NS_R}" `)
  const at = withR.length - (sheet.length - before.index)
  put(sheetFile, `${withR.slice(0, at)}<drawing r:id="rIdCharts1"/>${withR.slice(at)}`)

  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })
}
