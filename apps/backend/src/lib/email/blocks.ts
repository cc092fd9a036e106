/** What an email says, as blocks, so the plain-text and HTML parts come from one source and escaping is one place. */
export type Block = { p: string } | { list: string[] } | { link: { label: string; url: string } } | { note: string }

export type EmailBody = { subject: string; blocks: Block[] }

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)
}

/** Only web links go into an email: a javascript: or data: URL from bad data would be a trap in the recipient's client. */
export function assertWebUrl(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : null
  if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:"))
    throw new Error(`not a web link: ${url}`)
  return parsed.toString()
}

export function toText({ blocks }: EmailBody): string {
  const parts = blocks.map((b) => {
    if ("p" in b) return b.p
    if ("note" in b) return b.note
    if ("list" in b) return b.list.map((item) => `- ${item}`).join("\n")
    return `${b.link.label}: ${assertWebUrl(b.link.url)}`
  })
  return `${parts.join("\n\n")}\n`
}

export function toHtml({ subject, blocks }: EmailBody, lang: string): string {
  const parts = blocks.map((b) => {
    if ("p" in b) return `<p>${escapeHtml(b.p)}</p>`
    if ("note" in b) return `<p style="color:#6b7280;font-size:13px">${escapeHtml(b.note)}</p>`
    if ("list" in b) return `<ul>${b.list.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`
    const url = escapeHtml(assertWebUrl(b.link.url))
    return `<p><a href="${url}" style="color:#15803d">${escapeHtml(b.link.label)}</a><br><span style="color:#6b7280;font-size:12px">${url}</span></p>`
  })
  return [
    `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;line-height:1.6;color:#111827;max-width:560px;margin:0 auto;padding:16px">`,
    `<h1 style="font-size:18px">${escapeHtml(subject)}</h1>`,
    ...parts,
    "</body></html>",
  ].join("\n")
}
