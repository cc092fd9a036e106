import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGLISH } from "../../../lib/english"

export type EnglishTranslationInput = {
  reference: string
  reference_id: string
  fields: Record<string, string | null | undefined>
}

type Previous = { created?: string; updated?: { id: string; translations: Record<string, unknown> } }

// The stored values are zh-CN; English lives in the Translation Module's en-US row, merged field by field.
/** Merges English fields into a record's en-US translation; compensation deletes or restores it. */
export const upsertEnglishTranslationStep = createStep(
  "upsert-english-translation",
  async (input: EnglishTranslationInput, { container }) => {
    const fields = Object.fromEntries(Object.entries(input.fields).filter(([, v]) => v !== undefined))
    if (!Object.keys(fields).length) return new StepResponse(null, {} as Previous)
    const translation = container.resolve(Modules.TRANSLATION)
    const [existing] = await translation.listTranslations({
      reference: input.reference,
      reference_id: input.reference_id,
      locale_code: ENGLISH,
    })
    if (existing) {
      const [updated] = await translation.updateTranslations([
        { id: existing.id, translations: { ...existing.translations, ...fields } },
      ])
      return new StepResponse(updated, {
        updated: { id: existing.id, translations: existing.translations },
      } as Previous)
    }
    const [created] = await translation.createTranslations([
      { reference: input.reference, reference_id: input.reference_id, locale_code: ENGLISH, translations: fields },
    ])
    return new StepResponse(created, { created: created!.id } as Previous)
  },
  async (previous, { container }) => {
    const translation = container.resolve(Modules.TRANSLATION)
    if (previous?.created) await translation.deleteTranslations([previous.created])
    if (previous?.updated) await translation.updateTranslations([previous.updated])
  },
)
