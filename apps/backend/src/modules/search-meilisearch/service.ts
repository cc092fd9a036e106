import type { SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Meilisearch, SearchParams, SearchResponse, Task } from "meilisearch" with { "resolution-mode": "import" }
import { toMeiliFilter } from "./filters"
import { dateFieldPaths, toMeiliSettings } from "./settings"
import { DEFAULT_SYNONYMS } from "../../lib/search/synonyms"

export type MeilisearchOptions = {
  host: string
  apiKey?: string
  synonyms?: Record<string, string[]>
  task_timeout_ms?: number
}

type Hit = Record<string, unknown> & { _rankingScore?: number }

const status = (task: Task): SearchTypes.SearchTaskStatus =>
  task.status === "succeeded"
    ? "succeeded"
    : task.status === "enqueued"
      ? "enqueued"
      : task.status === "processing"
        ? "processing"
        : "failed"

/**
 * Search Module provider on Meilisearch (the official `meilisearch` client, ESM, loaded on first use). Writes are
 * Meilisearch tasks: upsertDocuments returns at once and the module waits through waitForTask; index settings
 * (searchable order, filterable/sortable attributes, typo tolerance, synonyms) are applied when the module
 * migrates the index. Highlights are computed by the route for every provider, so they are not asked for here.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "search-meilisearch"
  protected readonly options_: MeilisearchOptions
  protected client_?: Promise<Meilisearch>

  constructor(_deps: Record<string, unknown>, options: MeilisearchOptions) {
    super()
    if (!options?.host) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        "search-meilisearch needs options.host (set MEILISEARCH_HOST)",
      )
    }
    this.options_ = options
  }

  protected client(): Promise<Meilisearch> {
    this.client_ ??= import("meilisearch").then(
      ({ Meilisearch }) => new Meilisearch({ host: this.options_.host, apiKey: this.options_.apiKey }),
    )
    return this.client_
  }

  protected get timeout_() {
    return this.options_.task_timeout_ms ?? 30_000
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    const created = await client
      .createIndex(index.physical_name, { primaryKey: index.primary_key })
      .waitTask({ timeout: this.timeout_ })
    if (created.status === "failed" && created.error?.code !== "index_already_exists")
      return this.failed(index.physical_name, created)
    const settings = toMeiliSettings(index, { synonyms: this.options_.synonyms ?? DEFAULT_SYNONYMS })
    const task = await client.index(index.physical_name).updateSettings(settings).waitTask({ timeout: this.timeout_ })
    return task.status === "failed"
      ? this.failed(index.physical_name, task)
      : { index: index.physical_name, status: "succeeded" }
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    await (await this.client()).deleteIndexIfExists(index)
    return { index, status: "succeeded" }
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const stats = await (await this.client()).getStats()
    return Object.entries(stats.indexes).map(([name, s]) => ({
      name,
      provider: MeilisearchSearchService.identifier,
      document_count: s.numberOfDocuments,
    }))
  }

  async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    const dates = dateFieldPaths(input.definition)
    const documents = input.documents.map((doc) => {
      const copy: Record<string, unknown> = { ...doc }
      for (const path of dates)
        if (typeof copy[path] === "string" || copy[path] instanceof Date)
          copy[path] = new Date(copy[path] as string).getTime()
      return copy
    })
    const enqueued = await (
      await this.client()
    )
      .index(input.index)
      .addDocuments(documents, { primaryKey: input.definition.primary_key })
    return { id: String(enqueued.taskUid), index: input.index, status: "enqueued" }
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const keys = Object.keys(filters)
    const id = filters.id
    const ids =
      keys.length === 1 && (typeof id === "string" || Array.isArray(id))
        ? ([] as unknown[]).concat(id).map(String)
        : null
    const target = (await this.client()).index(index)
    const enqueued = await (ids
      ? target.deleteDocuments(ids)
      : target.deleteDocuments({ filter: toMeiliFilter(filters) }))
    return { id: String(enqueued.taskUid), index, status: "enqueued" }
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const task = await (await this.client()).index(index).deleteAllDocuments().waitTask({ timeout: this.timeout_ })
    return task.status === "failed" ? this.failed(index, task) : { index, status: "succeeded" }
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (!task.id) return task
    const done = await (
      await this.client()
    ).tasks.waitForTask(Number(task.id), { timeout: options?.timeout_ms ?? this.timeout_ })
    return done.status === "failed" ? this.failed(task.index ?? "", done) : { ...task, status: status(done) }
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result!
  }

  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    if (!inputs.length) return []
    const { results } = await (
      await this.client()
    ).multiSearch({
      queries: inputs.map((input) => ({ indexUid: input.index.physical_name, ...this.toParams(input) })),
    })
    return results.map((r, i) => this.toResult(r as SearchResponse<Hit>, inputs[i]!))
  }

  protected toParams(input: SearchTypes.ProviderSearchQuery): SearchParams {
    const options = input.search_options ?? {}
    if (options.vector)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "search-meilisearch: vector search is not configured")
    const facets = (options.facets ?? []).map((f) => (typeof f === "string" ? { field: f, type: "value" as const } : f))
    if (facets.some((f) => f.type === "range")) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "search-meilisearch: range facets are not supported; facet a keyword band instead",
      )
    }
    const filter = toMeiliFilter(input.filters)
    const sort = Object.entries(input.pagination?.order ?? {})
      .filter(([field]) => field !== "_score")
      .map(([field, dir]) => `${field}:${dir.toLowerCase()}`)
    return {
      q: input.q ?? "",
      offset: input.pagination?.skip ?? 0,
      limit: input.pagination?.take ?? 20,
      ...(filter ? { filter } : {}),
      ...(sort.length ? { sort } : {}),
      ...(facets.length ? { facets: facets.map((f) => f.field) } : {}),
      // Medusa's "last" (the last word is a prefix) is what Meilisearch always does; "any" drops rare words.
      matchingStrategy: options.match_strategy === "any" ? "frequency" : "all",
      attributesToRetrieve: input.attributes_to_retrieve,
      ...(options.attributes_to_search_on ? { attributesToSearchOn: options.attributes_to_search_on } : {}),
      ...(options.include_score || options.min_score !== undefined ? { showRankingScore: true } : {}),
      ...(options.min_score !== undefined ? { rankingScoreThreshold: options.min_score } : {}),
      ...(options.distinct ? { distinct: options.distinct } : {}),
      ...(options.locales ? { locales: options.locales as SearchParams["locales"] } : {}),
    }
  }

  protected toResult(response: SearchResponse<Hit>, input: SearchTypes.ProviderSearchQuery): SearchTypes.SearchResult {
    const key = input.index.primary_key
    const facets: Record<string, SearchTypes.SearchFacetResult> = {}
    for (const [field, counts] of Object.entries(response.facetDistribution ?? {})) {
      facets[field] = {
        type: "value",
        values: Object.entries(counts)
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count),
      }
    }
    return {
      hits: response.hits.map(({ _rankingScore, ...doc }) => ({
        id: String(doc[key]),
        score: input.search_options?.include_score ? _rankingScore : undefined,
        document: doc,
      })),
      facets,
      metadata: {
        skip: input.pagination?.skip ?? 0,
        take: input.pagination?.take ?? 20,
        count:
          input.search_options?.count === "none"
            ? null
            : (response.estimatedTotalHits ?? response.totalHits ?? response.hits.length),
        query: input.q,
        processing_time_ms: response.processingTimeMs,
      },
    }
  }

  protected failed(index: string, task: Task): SearchTypes.SearchTask {
    return {
      index,
      status: "failed",
      error: { message: task.error?.message ?? "Meilisearch task failed", code: task.error?.code },
    }
  }
}
