import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { productCertifications } from "../../queries/cooperative/product-certifications"

// `fields=+certifications` (or `*certifications`, `certifications`) on /store/products and /store/products/:id.
const ASKS = new Set(["certifications", "*certifications", "certifications.*"])

/** The fields list without `certifications`, and whether it was asked for. */
export function takeCertificationsField(raw: string): { fields: string; asked: boolean } {
  let asked = false
  const kept = raw.split(",").filter((entry) => {
    const field = entry.trim().replace(/^[+]/, "")
    if (!ASKS.has(field)) return true
    asked = true
    return false
  })
  return { fields: kept.join(","), asked }
}

type Body = { product?: { id?: string }; products?: { id?: string }[] } & Record<string, unknown>

/**
 * Certificates are not a Medusa relation of the product (they live in the cooperative module and `expired` is
 * computed for today in China time), so the field is taken out before Medusa validates `fields`, and each product of
 * the answer gets `certifications` (its own and its lots', CertificationSchema) just before it is sent.
 */
export function addProductCertifications(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.query as Record<string, unknown>
  if (typeof query.fields !== "string") return next()
  const { fields, asked } = takeCertificationsField(query.fields)
  if (!asked) return next()
  if (fields.trim()) query.fields = fields
  else delete query.fields
  const send = res.json.bind(res)
  res.json = ((body: Body) => {
    const products = [...(body?.products ?? []), ...(body?.product ? [body.product] : [])]
    const ids = products.flatMap((p) => (p.id ? [p.id] : []))
    if (!ids.length) return send(body)
    productCertifications(req.scope, ids).then(
      (byId) => {
        for (const p of products) if (p.id) Object.assign(p, { certifications: byId.get(p.id) ?? [] })
        send(body)
      },
      (error: unknown) => {
        req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`product certifications: ${String(error)}`)
        res.status(500)
        send({ type: "unexpected_state", message: "The product's certificates could not be read; try again" })
      },
    )
    return res
  }) as MedusaResponse["json"]
  next()
}
