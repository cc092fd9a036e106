import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import type { DemoProduct } from "./catalog"

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!)

/** A square label-style SVG for a demo product: drawn here, so the demo never hotlinks an image. */
export function productSvg(product: DemoProduct): string {
  const [light, dark] = product.colors
  const title = escapeXml(product.zh.title)
  const en = escapeXml(product.en.title)
  const size = escapeXml(product.variants.map((v) => v.title).join(" / "))
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800" role="img" aria-label="${title}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${dark}"/></linearGradient></defs>
<rect width="800" height="800" fill="url(#g)"/>
<circle cx="400" cy="330" r="190" fill="#ffffff" fill-opacity="0.22"/>
<text x="400" y="370" font-size="120" text-anchor="middle" font-family="'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif" font-weight="700" fill="#ffffff">${title}</text>
<text x="400" y="600" font-size="44" text-anchor="middle" font-family="sans-serif" fill="#ffffff" fill-opacity="0.9">${en}</text>
<text x="400" y="670" font-size="36" text-anchor="middle" font-family="sans-serif" fill="#ffffff" fill-opacity="0.8">${size}</text>
</svg>
`
}

/** Writes the product images under `<backend>/static/products/` (served at /static) and returns their URLs. */
export function writeProductImages(products: DemoProduct[], staticDir: string, backendUrl: string) {
  const dir = path.join(staticDir, "products")
  mkdirSync(dir, { recursive: true })
  const urls = new Map<string, string>()
  for (const product of products) {
    writeFileSync(path.join(dir, `${product.handle}.svg`), productSvg(product))
    urls.set(product.handle, `${backendUrl.replace(/\/$/, "")}/static/products/${product.handle}.svg`)
  }
  return urls
}
