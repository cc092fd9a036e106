import { HOUSEHOLD_STATUSES } from "@fengshou/relief-core"
import { z } from "zod"
import { count, pageFields } from "./shared"

/**
 * A household as its own cooperative sees it: the name decrypted, the ID number never (only whether one is on
 * file). Only the cooperative console carries households; public and official answers carry counts.
 */
export const CooperativeHouseholdSchema = z.object({
  id: z.string(),
  /** Pseudonymous code, e.g. XD-001. */
  code: z.string(),
  size: count,
  status: z.enum(HOUSEHOLD_STATUSES),
  village_code: z.string(),
  share_weight: z.number(),
  name: z.string().nullable(),
  has_id_number: z.boolean(),
  created_at: z.string().optional(),
})
export type CooperativeHousehold = z.infer<typeof CooperativeHouseholdSchema>

/** GET /cooperative/households (by code) */
export const CooperativeHouseholdListResponseSchema = z.object({
  households: z.array(CooperativeHouseholdSchema),
  ...pageFields,
})
export type CooperativeHouseholdListResponse = z.infer<typeof CooperativeHouseholdListResponseSchema>

/** POST /cooperative/households, POST /cooperative/households/:id */
export const CooperativeHouseholdResponseSchema = z.object({ household: CooperativeHouseholdSchema })
export type CooperativeHouseholdResponse = z.infer<typeof CooperativeHouseholdResponseSchema>

/** One lot a household supplied: the lot's public trace code, its product, the grams and the farmgate price. */
export const HouseholdContributionSchema = z.object({
  id: z.string(),
  lot_id: z.string(),
  trace_code: z.string(),
  product_id: z.string(),
  product_title: z.string().nullable(),
  /** YYYY-MM-DD */
  harvest_date: z.string(),
  quantity_g: count,
  farmgate_fen_per_kg: count,
})
export type HouseholdContribution = z.infer<typeof HouseholdContributionSchema>

/** GET /cooperative/households/:id: the household and what it supplied, newest harvest first. */
export const CooperativeHouseholdDetailResponseSchema = z.object({
  household: CooperativeHouseholdSchema,
  contributions: z.array(HouseholdContributionSchema),
})
export type CooperativeHouseholdDetailResponse = z.infer<typeof CooperativeHouseholdDetailResponseSchema>
