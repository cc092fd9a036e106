// Money in integer fen. Medusa sends decimal yuan (39.9 or "39.90"); it is converted here, once, from its
// decimal text, so no float arithmetic ever touches an amount.

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/

/** Converts a decimal yuan amount to integer fen, rounding half away from zero past the second decimal. */
export function toFen(amount: number | string): number {
  // String(39.9) is "39.9": JS prints the shortest decimal that round-trips, which is the amount Medusa sent.
  const text = typeof amount === "number" ? String(amount) : amount.trim()
  const match = DECIMAL.exec(text)
  if (!match) throw new RangeError(`Not a decimal money amount: ${JSON.stringify(amount)}`)
  const [, sign, yuan = "0", decimals = ""] = match
  const digits = `${yuan}${decimals.padEnd(2, "0").slice(0, 2)}`
  const roundUp = (decimals[2] ?? "0") >= "5" ? 1 : 0
  const fen = Number(digits) + roundUp
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Money amount out of range: ${text}`)
  return sign && fen !== 0 ? -fen : fen
}

/** "¥1,234.50" — the same shape in zh-CN and en (both group by thousands with commas). */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Fen must be an integer: ${fen}`)
  const abs = Math.abs(fen)
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  const cents = String(abs % 100).padStart(2, "0")
  return `${fen < 0 ? "-" : ""}¥${yuan}.${cents}`
}

/** fen × numerator ÷ denominator, rounded half up, in integers (used for price per 斤 or per kg). */
export function scaleFen(fen: number, numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError("denominator must be positive")
  const scaled = fen * numerator
  if (!Number.isSafeInteger(scaled)) throw new RangeError("amount too large to scale")
  return Math.floor((2 * scaled + denominator) / (2 * denominator))
}
