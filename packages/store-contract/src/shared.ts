import { z } from "zod"

/** Integer fen (1 yuan = 100 fen); negative where refunds net a figure below zero. */
export const fen = z.number().int("Amounts are whole fen.")
/** A count of orders, units, households or persons. */
export const count = z.number().int("Counts are whole numbers.")
/** Grams in a column we own (lots, contributions): whole grams. */
export const grams = z.number().int("Weights are whole grams.")
/**
 * Grams read from Medusa's variant `weight` (or multiplied from it): Medusa stores any number there, so this is
 * not held to whole grams; our own writes always are.
 */
export const medusaGrams = z.number()

/** GB/T 2260 names from province down to the division's level (the cooperative module's `region`). */
export const RegionNamesSchema = z.object({
  province: z.string(),
  city: z.string().nullable(),
  county: z.string().nullable(),
  township: z.string().nullable(),
  village: z.string().nullable(),
})
export type RegionNames = z.infer<typeof RegionNamesSchema>

/** The fields printed on a lot's 承诺达标合格证: product, quantity, producer, origin, date. */
export const LotCertificateSchema = z.record(z.string(), z.string())
export type LotCertificate = z.infer<typeof LotCertificateSchema>

/** The paging fields of a list answer. */
export const pageFields = { count, limit: count, offset: count }
