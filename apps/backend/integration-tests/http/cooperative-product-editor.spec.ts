// The cooperative's product editor (#15): a clerk uploads a photo, creates a product with two sizes, and it is in the
// store, in search and on the cooperative's page; archived, it leaves all three; another cooperative gets 404;
// uploads are checked on their bytes and their size; a sign-up token may upload only its licence.
import { createServer, type Server } from "node:http"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import type { AddressInfo } from "node:net"
import {
  CooperativeProductListResponseSchema,
  CooperativeProductResponseSchema,
  CooperativeUploadResponseSchema,
} from "@fengshou/store-contract"
import type { SearchResponse } from "@fengshou/search-contract"
import { integrationRunner } from "../runner"
import { seedDemoData } from "../../src/scripts/seed/index"
import { attempt, bearer, loginCooperative, placeOrder, type Auth } from "./cooperative-helpers"

// A real 1×1 PNG (signature, IHDR, IDAT, IEND).
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
)
const HANDLE = "editor-buckwheat"
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-editor-"))

// The storefront's POST /api/revalidate, standing in: which cache tags product writes send.
const revalidated: string[][] = []
let storefront: Server
beforeAll(async () => {
  delete process.env.MEILISEARCH_HOST
  storefront = createServer((req, res) => {
    let body = ""
    req.on("data", (c) => (body += c))
    req.on("end", () => {
      revalidated.push(JSON.parse(body).tags)
      res.writeHead(200, { "content-type": "application/json" }).end("{}")
    })
  })
  await new Promise<void>((resolve) => storefront.listen(0, "127.0.0.1", resolve))
  process.env.STOREFRONT_URL = `http://127.0.0.1:${(storefront.address() as AddressInfo).port}`
  process.env.REVALIDATE_SECRET = "revalidate-secret-for-tests"
})
afterAll(() => new Promise<void>((resolve) => storefront.close(() => resolve())))

type Res = { status: number; data: Record<string, unknown> & { message?: string } }

integrationRunner({
  seeded: true,
  testSuite: ({ api, getContainer }) => {
    let A: Auth
    let B: Auth
    let store: Auth
    let regionId: string
    let categoryId: string

    const upload = (auth: Auth, purpose: string, bytes: Buffer, name: string, type = "image/png") => {
      const form = new FormData()
      form.append("purpose", purpose)
      form.append("file", new Blob([new Uint8Array(bytes)], { type }), name)
      return attempt(api.post(`/cooperative/uploads`, form, auth)) as Promise<Res>
    }

    const until = async (what: string, check: () => Promise<boolean>, ms = 10_000) => {
      const started = Date.now()
      while (!(await check())) {
        if (Date.now() - started > ms) throw new Error(`${what} did not happen within ${ms} ms`)
        await new Promise((r) => setTimeout(r, 150))
      }
    }
    const inStore = async () =>
      (
        (await api.get(`/store/products?handle=${HANDLE}&fields=*images`, store)).data.products as {
          thumbnail: string | null
          images: { url: string }[]
        }[]
      )[0]
    const inSearch = async () =>
      ((await api.get(`/store/search?q=${encodeURIComponent("试验荞麦")}`, store)).data as SearchResponse).hits.some(
        (h) => h.handle === HANDLE,
      )
    const onCooperativePage = async () =>
      ((await api.get(`/store/cooperatives/yuanda`, store)).data.cooperative.products as { handle: string }[]).some(
        (p) => p.handle === HANDLE,
      )

    async function createWithPhoto() {
      const up = await upload(A, "photo", PNG, "millet.png")
      expect(up.status).toBe(201)
      const { file } = CooperativeUploadResponseSchema.parse(up.data)
      const created = (await attempt(
        api.post(
          `/cooperative/products`,
          {
            handle: HANDLE,
            title_zh: "试验荞麦",
            title_en: "Trial Buckwheat",
            description_zh: "高山荞麦，石磨。",
            category_id: categoryId,
            cold_chain: false,
            images: [file.url],
            variants: [
              { title: "500 g", weight_g: 500, price_fen: 1800, stock: 30 },
              { title: "2.5 kg", weight_g: 2500, price_fen: 7900, stock: 8 },
            ],
          },
          A,
        ),
      )) as Res
      expect(created.status).toBe(201)
      return { file, product: CooperativeProductResponseSchema.parse(created.data).product }
    }

    beforeAll(async () => {
      const seeded = await seedDemoData(getContainer(), { staticDir })
      regionId = seeded.regionId
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      A = await loginCooperative(api, "yuanda@demo.fengshou.local")
      B = await loginCooperative(api, "beima@demo.fengshou.local")
      const { data } = await api.get(`/store/product-categories?handle=grain-oil`, store)
      categoryId = data.product_categories[0].id
    })

    it("creates a product with a photo and two sizes: in the store, in search and on the cooperative's page; archived, gone from all three", async () => {
      const { file, product } = await createWithPhoto()
      expect(file).toMatchObject({ mime_type: "image/png", size: PNG.length })
      expect(product).toMatchObject({
        handle: HANDLE,
        status: "published",
        archived_at: null,
        thumbnail: file.url,
        category_ids: [categoryId],
      })
      expect(product.images.map((i) => i.url)).toEqual([file.url])
      expect(product.variants.map((v) => [v.title, v.weight_g, v.price_fen, v.stock.stocked]).sort()).toEqual([
        ["2.5 kg", 2500, 7900, 8],
        ["500 g", 500, 1800, 30],
      ])

      // The local provider's URL is under MEDUSA_BACKEND_URL/static and Medusa serves the bytes there.
      const photo = new URL(file.url)
      expect(photo.pathname).toMatch(/^\/static\/.+\.png$/)
      const served = await api.get(photo.pathname, { responseType: "arraybuffer" })
      expect(Buffer.from(served.data as ArrayBuffer).equals(PNG)).toBe(true)

      const listed = await inStore()
      expect(listed?.thumbnail).toBe(file.url)
      expect(listed?.images.map((i) => i.url)).toEqual([file.url])
      await until("the new product in search", inSearch)
      expect(await onCooperativePage()).toBe(true)

      revalidated.length = 0
      const archived = (await attempt(
        api.post(`/cooperative/products/${product.id}`, { status: "archived" }, A),
      )) as Res
      expect(archived.status).toBe(200)
      const after = CooperativeProductResponseSchema.parse(archived.data).product
      expect(after.status).toBe("draft")
      expect(Date.parse(after.archived_at ?? "")).toBeGreaterThan(Date.now() - 60_000)

      expect(await inStore()).toBeUndefined()
      await until("the archived product leaving search", async () => !(await inSearch()))
      expect(await onCooperativePage()).toBe(false)
      // The storefront is told to drop the product, the lists and the cooperative's page.
      await until("storefront revalidation", async () =>
        revalidated.some((t) => t.includes(`product:${HANDLE}`) && t.includes("cooperative:yuanda")),
      )

      const ids = async (q: string) =>
        CooperativeProductListResponseSchema.parse(
          (await api.get(`/cooperative/products?limit=100${q}`, A)).data,
        ).products.map((p) => p.id)
      expect(await ids("")).not.toContain(product.id)
      expect(await ids("&archived=true")).toEqual([product.id])

      // Publishing again clears archived_at and brings it back.
      const published = (await attempt(
        api.post(`/cooperative/products/${product.id}`, { status: "published" }, A),
      )) as Res
      expect(CooperativeProductResponseSchema.parse(published.data).product).toMatchObject({
        status: "published",
        archived_at: null,
      })
      expect(await ids("")).toContain(product.id)
      expect(await inStore()).toBeDefined()
    })

    it("edits photos, category, cold chain and adds a size; refuses a clashing size and an unknown category", async () => {
      const { file, product } = await createWithPhoto()
      const second = CooperativeUploadResponseSchema.parse((await upload(A, "photo", PNG, "second.png")).data).file
      const edit = (body: Record<string, unknown>) =>
        attempt(api.post(`/cooperative/products/${product.id}`, body, A)) as Promise<Res>

      const ok = await edit({
        images: [second.url, file.url],
        cold_chain: true,
        category_id: null,
        new_variants: [{ title: "5 kg", weight_g: 5000, price_fen: 14900, stock: 3 }],
      })
      expect(ok.status).toBe(200)
      const edited = CooperativeProductResponseSchema.parse(ok.data).product
      expect(edited.images.map((i) => i.url)).toEqual([second.url, file.url])
      expect(edited.thumbnail).toBe(second.url)
      expect(edited.cold_chain).toBe(true)
      expect(edited.category_ids).toEqual([])
      expect(edited.variants.find((v) => v.title === "5 kg")).toMatchObject({
        weight_g: 5000,
        price_fen: 14900,
        stock: { stocked: 3, reserved: 0, available: 3 },
      })
      expect(edited.variants).toHaveLength(3)

      // A mistyped weight of an existing size is mended in place; a weight that is not whole grams is refused.
      const size = edited.variants.find((v) => v.title === "5 kg")!
      const mended = await edit({ variants: [{ id: size.id, weight_g: 4800 }] })
      expect(mended.status).toBe(200)
      expect(
        CooperativeProductResponseSchema.parse(mended.data).product.variants.find((v) => v.id === size.id),
      ).toMatchObject({ weight_g: 4800, price_fen: 14900 })
      const fractional = await edit({ variants: [{ id: size.id, weight_g: 4.5 }] })
      expect(fractional.status).toBe(400)
      expect(fractional.data.message).toMatch(/weight_g must be a positive whole number of grams/)
      // Once sold, a size's weight stays as sold (orders, lots and the ledger hold its grams): 400, nothing written.
      await placeOrder(api, store, regionId, [HANDLE])
      const lightest = edited.variants.reduce((a, b) => ((a.weight_g ?? 0) <= (b.weight_g ?? 0) ? a : b))
      const sold = await edit({
        variants: [{ id: lightest.id, weight_g: (lightest.weight_g ?? 0) + 100, price_fen: 1 }],
      })
      expect(sold.status).toBe(400)
      expect(sold.data.message).toMatch(/has been sold, so its weight stays as sold: add a new size/)
      const after = CooperativeProductResponseSchema.parse(
        (await api.get(`/cooperative/products/${product.id}`, A)).data,
      ).product.variants.find((v) => v.id === lightest.id)
      expect(after).toMatchObject({ weight_g: lightest.weight_g, price_fen: lightest.price_fen })
      // The portal's size form sends the weight with every save: unchanged, it is no reweighing.
      const samePrice = await edit({ variants: [{ id: lightest.id, weight_g: lightest.weight_g, price_fen: 1990 }] })
      expect(samePrice.status).toBe(200)

      const clash = await edit({ new_variants: [{ title: "500 g", weight_g: 500, price_fen: 100, stock: 1 }] })
      expect(clash.status).toBe(400)
      expect(clash.data.message).toMatch(/new_variants 500 g: the product already has a size/)
      const unknown = await edit({ category_id: "pcat_nope" })
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/category_id pcat_nope is not a product category/)
      const tooMany = await edit({ images: Array.from({ length: 11 }, (_, i) => `${file.url}?${i}`) })
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/at most 10 photos/)
      const elsewhere = await edit({ images: ["https://example.com/cat.png"] })
      expect(elsewhere.status).toBe(400)
      expect(elsewhere.data.message).toMatch(/images may only hold photos uploaded here/)
      const badCreate = (await attempt(
        api.post(
          `/cooperative/products`,
          {
            title_zh: "无类目",
            title_en: "No category",
            category_id: "pcat_nope",
            variants: [{ title: "1 kg", weight_g: 1000, price_fen: 100 }],
          },
          A,
        ),
      )) as Res
      expect(badCreate.status).toBe(400)
      expect(badCreate.data.message).toMatch(/category_id pcat_nope/)
      // Nothing of the refused edits was written.
      const read = CooperativeProductResponseSchema.parse(
        (await api.get(`/cooperative/products/${product.id}`, A)).data,
      )
      expect(read.product.variants).toHaveLength(3)
      expect(read.product.images).toHaveLength(2)
    })

    it("answers 404 to another cooperative reading or editing the product", async () => {
      const { product } = await createWithPhoto()
      expect(((await attempt(api.get(`/cooperative/products/${product.id}`, B))) as Res).status).toBe(404)
      const write = (await attempt(api.post(`/cooperative/products/${product.id}`, { status: "archived" }, B))) as Res
      expect(write.status).toBe(404)
      const mine = CooperativeProductResponseSchema.parse(
        (await api.get(`/cooperative/products/${product.id}`, A)).data,
      )
      expect(mine.product).toMatchObject({ status: "published", archived_at: null })
    })

    it("checks uploads on their bytes and their size, with a 400 that says the limit and the types", async () => {
      const fake = await upload(A, "photo", Buffer.from("this is text, not a picture\n"), "photo.png")
      expect(fake.status).toBe(400)
      expect(fake.data.message).toMatch(/photo\.png is not an accepted type by its contents/)
      expect(fake.data.message).toMatch(/a photo must be JPEG, PNG or WebP, at most 8 MB/)

      const pdfAsPhoto = await upload(A, "photo", Buffer.from("%PDF-1.4\n%%EOF\n"), "scan.jpg", "image/jpeg")
      expect(pdfAsPhoto.status).toBe(400)
      expect(pdfAsPhoto.data.message).toMatch(/is application\/pdf by its contents/)

      const big = Buffer.concat([PNG, Buffer.alloc(8 * 1024 * 1024)])
      const tooBig = await upload(A, "photo", big, "huge.png")
      expect(tooBig.status).toBe(400)
      expect(tooBig.data.message).toMatch(/huge\.png is 8 MB; a photo must be JPEG, PNG or WebP, at most 8 MB/)
      const overAll = await upload(A, "document", Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]), "x.png")
      expect(overAll.status).toBe(400)
      expect(overAll.data.message).toMatch(
        /file is too large\. Limits: a photo must be JPEG, PNG or WebP, at most 8 MB/,
      )

      const noPurpose = await upload(A, "avatar", PNG, "a.png")
      expect(noPurpose.status).toBe(400)
      expect(noPurpose.data.message).toMatch(/purpose must be one of photo, document, licence/)
      const noFile = (await attempt(api.post(`/cooperative/uploads`, { purpose: "photo" }, A))) as Res
      expect(noFile.status).toBe(400)
      expect(noFile.data.message).toMatch(/file is missing/)

      const doc = await upload(A, "document", Buffer.from("%PDF-1.7\n%%EOF\n"), "cert.pdf", "application/pdf")
      expect(doc.status).toBe(201)
      expect(CooperativeUploadResponseSchema.parse(doc.data).file.mime_type).toBe("application/pdf")
    })

    it("lets a sign-up token upload its licence but not a photo, and nothing else", async () => {
      const { data } = await api.post(`/auth/cooperative/emailpass/register`, {
        email: "new-coop@example.cn",
        password: "another-demo-pass",
      })
      const signUp = bearer(data.token as string)
      const licence = await upload(
        signUp,
        "licence",
        Buffer.from("%PDF-1.4\n%%EOF\n"),
        "licence.pdf",
        "application/pdf",
      )
      expect(licence.status).toBe(201)
      expect(CooperativeUploadResponseSchema.parse(licence.data).file.url).toMatch(/\/static\/.+\.pdf$/)
      const photo = await upload(signUp, "photo", PNG, "p.png")
      expect(photo.status).toBe(403)
      expect(photo.data.message).toMatch(/only its business licence/)
      // Only that one route lets the sign-up token through.
      expect(((await attempt(api.get(`/cooperative/products`, signUp))) as Res).status).toBe(401)
      expect(((await attempt(api.get(`/cooperative/uploads`, signUp))) as Res).status).toBe(401)
    })
  },
})
