import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { normalizeFacetRequests } from "@medusajs/search-postgres/dist/utils/facets"
import { assertQuerySupported, tableNameForIndex } from "@medusajs/search-postgres/dist/utils/plan"
import { projectIndexedDocument } from "@medusajs/search-postgres/dist/utils/documents"
import { projectDocument } from "@medusajs/framework/utils"
import { hanIndexText, splitWords } from "../../lib/search/han-terms"
import { DEFAULT_SYNONYMS } from "../../lib/search/synonyms"
import { BrowseCache } from "./browse-cache"
import { wordsWhereClause } from "./filter-sql"
import { readFacetRows, valueFacetsStatement, type ValueRequest } from "./facet-statement"
import { ensureNameVector, fillNameVector, forgetNameVector, keepInline, NAME_VECTOR } from "./name-vector"
import type { Catalog, FacetInput, FacetScopeInput, Manager, Plan, QueryParts } from "./sql-types"
import { groupStatement, readStatementRows, searchStatement, type StatementRow } from "./search-statement"
import { groupFacetSearches, omitFields, pickFields } from "./facet-group"
import { executePrepared } from "./prepared"
import { droppedFields, slimIndexed, upsertStatement, type UpsertRow } from "./upsert-statement"
import { anyOperandTsQuery, preferTextIndex, tsQuerySql, type TextQueryOptions } from "./text-query"
import {
  addTerms,
  createTermsTable,
  findCorrections,
  findHanRespellings,
  hanTable,
  knownWordsSql,
  readKnownWords,
  termsTable,
  type KnownWords,
} from "./vocabulary"

type Input = SearchTypes.ProviderSearchQuery
type Corrections = Pick<TextQueryOptions, "fixes" | "respellings">
type Counts = { facets: SearchTypes.SearchResult["facets"]; count: number | null }
type Known = ReturnType<typeof knownWordsSql>
// What a search's statement answers when its words need looking up first (the vocabulary's `han` and `latin`).
type Learnt = { han?: string[]; latin?: boolean[]; near?: (string[] | null)[] }
const LOOKUP_TTL_MS = 60_000
// Rows per upsert statement, as Medusa's provider writes them.
const UPSERT_ROWS = 200
type Upsert = {
  index: string
  definition: SearchTypes.ResolvedSearchIndexDefinition
  documents: SearchTypes.SearchDocument[]
}

/**
 * Medusa's PostgreSQL search provider, made to read Chinese. Its engine (tables, filters, sorting, pages) is kept;
 * what changes: the index text of every searchable field gets the pairs (and, in names and titles, the single
 * characters) of its Han runs and a query is cut into the same pairs, so 小米 finds 昌盛小米 and 木耳 finds 黑木耳;
 * typos in Latin words (English, pinyin) are corrected against the index's own vocabulary, and Chinese ones by
 * sound (羊度菌 → 羊肚菌, answered with a "did you mean"); products whose name a query hits rank above the rest,
 * and once one does, products the query reaches only through long texts (descriptions, certificates) are left
 * out; and a few changes for speed, measured in BENCHMARKS.md (slim `indexed`, one facet statement, planner
 * hints, a browse cache).
 */
export class ChinesePostgresSearchService extends PostgresSearchService {
  static identifier = "search-postgres-zh"
  // Per search (the same input object all through it): the typo corrections, and where the total is counted.
  protected readonly corrections_ = new WeakMap<Input, Corrections>()
  protected readonly totals_ = new WeakMap<object, { total?: number }>()
  protected readonly browse_ = new BrowseCache<SearchTypes.SearchResult>()
  // An index's catalog row (its table and field plan), read by every search; it changes only when the index's
  // schema does (upsertIndex, here or at db:migrate before the server starts; a reindex writes a new index).
  protected readonly catalogs_ = new BrowseCache<Catalog>()
  // The typo look-ups of a query's words (what they correct to, or that nothing does), so a query with a typo costs
  // one statement from its second search on, as a correct one does. They depend only on the vocabulary, which
  // changes when documents are written: cleared then in this process, a minute bounds it in another.
  protected readonly lookups_ = new BrowseCache<Corrections>(LOOKUP_TTL_MS)
  // A search's total and facet counts (~15-20 % of its statement: the aggregates over every match) by the rows it
  // matches, kept as long as the browse answers: while the same words and filters are searched again within 2 s
  // (busy moments, the next page), the statement ranks and reads the page only. Cleared by writes, as above.
  protected readonly counts_ = new BrowseCache<Counts>()

  protected readonly synonyms_: Record<string, string[]>

  constructor(
    deps: ConstructorParameters<typeof PostgresSearchService>[0],
    options: { language?: string; synonyms?: Record<string, string[]> } = {},
  ) {
    super(deps, { language: options.language ?? "english", engine: "native" })
    this.synonyms_ = options.synonyms ?? DEFAULT_SYNONYMS
  }

  async retrieve(index: string): Promise<Catalog> {
    return this.catalogs_.get(index, () => super.retrieve(index))
  }

  async upsertIndex(input: { index: SearchTypes.ResolvedSearchIndexDefinition }) {
    this.catalogs_.clear()
    try {
      return await super.upsertIndex(input)
    } finally {
      this.catalogs_.clear()
    }
  }

  async deleteIndex(input: { index: string }) {
    this.catalogs_.clear()
    try {
      return await super.deleteIndex(input)
    } finally {
      this.catalogs_.clear()
    }
  }

  protected async createDocumentTable(table: string, plan: Plan, manager: Manager) {
    await super.createDocumentTable(table, plan, manager)
    forgetNameVector(table)
    await ensureNameVector(manager, table)
    await keepInline(manager, table)
    await createTermsTable(manager, table)
  }

  protected async dropDocumentTable(table: string, manager: Manager) {
    await manager.execute(`DROP TABLE IF EXISTS "${termsTable(table)}"`)
    await manager.execute(`DROP TABLE IF EXISTS "${hanTable(table)}"`)
    forgetNameVector(table)
    await super.dropDocumentTable(table, manager)
  }

  async clearIndex(input: { index: string }) {
    this.forgetAnswers()
    const task = await super.clearIndex(input)
    const table = tableNameForIndex(input.index)
    await this.manager_.execute(`TRUNCATE TABLE "${termsTable(table)}", "${hanTable(table)}"`)
    return task
  }

  /** What a write makes stale: the browse answers, the typo look-ups (the vocabulary may have new words), the counts. */
  protected forgetAnswers() {
    this.browse_.clear()
    this.lookups_.clear()
    this.counts_.clear()
  }

  protected buildSearchVectorSql(parts: { text: string; weight: "A" | "B" | "C" | "D" }[], params: unknown[]): string {
    // Single characters only for the weighted fields (names, titles, categories); long texts get pairs.
    return super.buildSearchVectorSql(
      parts.map((part) => ({ ...part, text: hanIndexText(part.text, part.weight !== "D") })),
      params,
    )
  }

  async upsertDocuments(input: Upsert) {
    // One write order, so two writers touching the same products at once queue instead of deadlocking.
    const key = input.definition.primary_key
    const sorted = {
      ...input,
      documents: [...input.documents].sort((a, b) => (String(a[key]) < String(b[key]) ? -1 : 1)),
    }
    await ensureNameVector(this.manager_, tableNameForIndex(sorted.index))
    const task = await this.writeDocuments(sorted)
    await addTerms(this.manager_, sorted.index, sorted.definition, sorted.documents)
    this.forgetAnswers()
    return task
  }

  /**
   * Medusa's upsert, each product written once (upsert-statement.ts): its slim `indexed` and its name vector go in
   * with the row instead of two UPDATEs after it. An index with vector fields (embeddings) keeps Medusa's way.
   */
  protected async writeDocuments({ index, definition, documents }: Upsert) {
    const catalog = await this.retrieve(index)
    if (catalog.plan.vectors.length) return this.writeDocumentsThrice({ index, definition, documents })
    const dropped = droppedFields(definition)
    // Last write wins on a repeated id: one statement cannot touch a row twice.
    const rows = new Map<string, UpsertRow>()
    for (const document of documents) {
      const p = projectIndexedDocument(document, catalog.plan)
      rows.set(p.id, {
        id: p.id,
        document,
        indexed: slimIndexed(p.indexed, dropped),
        weighted: p.weighted_parts,
        searchText: p.search_text,
      })
    }
    if (!rows.size) return this.task(index)
    const entries = [...rows.values()]
    await this.withTransaction(async (manager) => {
      let inserted = 0
      for (let from = 0; from < entries.length; from += UPSERT_ROWS) {
        const statement = upsertStatement(
          catalog.table_name,
          entries.slice(from, from + UPSERT_ROWS),
          (parts, params) => this.buildSearchVectorSql(parts, params),
        )
        const written = (await manager.execute(statement.sql, statement.params)) as { inserted: number }[]
        inserted += written.reduce((n, row) => n + Number(row.inserted ?? 0), 0)
      }
      await this.adjustDocumentCount(index, inserted, manager)
    })
    return this.task(index)
  }

  /** Medusa's upsert, then `indexed` slimmed and the name vectors filled: an index with embeddings. */
  protected async writeDocumentsThrice({ index, definition, documents }: Upsert) {
    const task = await super.upsertDocuments({ index, definition, documents })
    const table = tableNameForIndex(index)
    const drop = droppedFields(definition)
    const ids = documents.map((d) => String(d[definition.primary_key]))
    if (drop.length && ids.length) {
      await this.manager_.execute(
        `UPDATE "${table}" SET "indexed" = "indexed" - ARRAY[${drop.map(() => "?").join(", ")}]::text[] WHERE "id" IN (${ids.map(() => "?").join(", ")})`,
        [...drop, ...ids],
      )
    }
    await fillNameVector(this.manager_, table, ids)
    return task
  }

  async deleteDocuments(input: SearchTypes.SearchDeleteDocumentsInput) {
    this.forgetAnswers()
    return super.deleteDocuments(input)
  }

  async search(input: Input): Promise<SearchTypes.SearchResult> {
    if (!input.q?.trim() && !input.search_options?.vector) {
      const { index, ...rest } = input
      return this.browse_.get(JSON.stringify([index.physical_name, rest]), () => this.countWithFacets(input))
    }
    await ensureNameVector(this.manager_, tableNameForIndex(input.index.physical_name))
    if (!input.search_options?.vector && this.answersAtOnce(input)) {
      const facets = input.search_options?.facets
      // Looked up by an earlier search: straight to the one statement, with the corrections it found.
      if (await this.useLookedUp(input)) return this.withDidYouMean(input, await this.countWithFacets(input))
      // Its words are checked against the vocabulary in the same statement; looked up apart only if that fails.
      const known = knownWordsSql(input)
      if (!known) return (await this.searchAtOnce(input, facets)) as SearchTypes.SearchResult
      const first = await this.searchAtOnce(input, facets, known).catch(() => undefined)
      if (first && "hits" in first) return first
      // A word to correct, or a statement that failed (an index built before its vocabulary): look them up apart.
      return this.searchLookingUp(input, first ? readKnownWords(known, first) : undefined)
    }
    return this.searchLookingUp(input)
  }

  /** The search after looking its words up for typos (starting from what its statement learnt of them). */
  protected async searchLookingUp(input: Input, learnt?: KnownWords) {
    await this.lookUpCorrections(input, learnt)
    return this.withDidYouMean(input, await this.countWithFacets(input))
  }

  /**
   * The Search Module's batch: a page's search and the facet-only searches made from it for disjunctive facets
   * (facet-group.ts) are answered by one statement; the rest one by one, as Medusa's provider does.
   */
  async searchMany(inputs: Input[]): Promise<SearchTypes.SearchResult[]> {
    const results = new Array<SearchTypes.SearchResult>(inputs.length)
    const groups = groupFacetSearches(
      inputs,
      (input) => !!input.q?.trim() && !input.search_options?.vector && this.answersAtOnce(input),
    )
    await Promise.all(
      groups.map(async ({ page, facets }) => {
        if (!facets.length) return void (results[page] = await this.search(inputs[page]!))
        const answers = await this.searchGroup(
          inputs[page]!,
          facets.map((f) => ({ input: inputs[f.index]!, field: f.field })),
        )
        results[page] = answers[0]!
        facets.forEach((f, i) => (results[f.index] = answers[i + 1]!))
      }),
    )
    return results
  }

  /** The typo corrections a search with words will use (Latin words by vocabulary, Chinese runs by sound). */
  protected async lookUpCorrections(input: Input, learnt?: KnownWords) {
    await ensureNameVector(this.manager_, tableNameForIndex(input.index.physical_name))
    try {
      const found = await this.lookups_.get(lookupKey(input), async () => {
        const found: Corrections = {}
        const fixes = await findCorrections(this.manager_, input, learnt)
        if (fixes.size) found.fixes = fixes
        const respellings = await this.respellings(input, learnt?.han)
        if (respellings.size) found.respellings = respellings
        return found
      })
      if (found.fixes || found.respellings) this.corrections_.set(input, found)
    } catch (error) {
      // An index built before the vocabulary existed: search without corrections until it is rebuilt.
      this.logger_?.warn(
        `search-postgres-zh: no typo corrections for "${input.index.name}" (${(error as Error).message})`,
      )
    }
  }

  /**
   * Whether an earlier search looked this query's words up (lookUpCorrections), within the look-ups' time limit: then
   * its corrections, if any, are this search's too, and the vocabulary need not be asked again.
   */
  protected async useLookedUp(input: Input) {
    // One still running (the same query searched at the same moment) is waited for rather than run twice.
    const found = await this.lookups_.peek(lookupKey(input))?.catch(() => undefined)
    if (!found) return false
    if (found.fixes || found.respellings) this.corrections_.set(input, found)
    return true
  }

  /** The answer with the query as the corrections read it. Only corrections the search used: none after a failed look-up. */
  protected withDidYouMean(input: Input, result: SearchTypes.SearchResult): SearchTypes.SearchResult {
    const didYouMean = didYouMeanOf(input.q ?? "", this.corrections_.get(input) ?? {})
    return didYouMean
      ? { ...result, provider_metadata: { ...result.provider_metadata, did_you_mean: didYouMean } }
      : result
  }

  /** Chinese runs respelled by sound, when the index's typo tolerance is on for this search. */
  protected async respellings(input: Input, learnt?: Set<string>): Promise<Map<string, string>> {
    const typo = input.index.settings.typo_tolerance
    if (!input.search_options?.typo_tolerance || typo?.enabled === false) return new Map()
    return findHanRespellings(this.manager_, tableNameForIndex(input.index.physical_name), input.q ?? "", learnt)
  }

  /**
   * A search with words is one statement (searchAtOnce). Without words (browsing, cached), the total comes from the
   * facet statement, which reads the matches anyway, instead of a COUNT(*) of its own.
   */
  protected async countWithFacets(input: Input): Promise<SearchTypes.SearchResult> {
    const options = input.search_options ?? {}
    const facets = options.facets ?? []
    const plain = this.answersAtOnce(input)
    if (plain && input.q?.trim() && !options.vector)
      return (await this.searchAtOnce(input, facets)) as SearchTypes.SearchResult
    if (!plain || facets.length < 2) return super.search(input)
    const requests = [...facets]
    const slot: { total?: number } = {}
    this.totals_.set(requests, slot)
    const counted: Input = { ...input, search_options: { ...options, facets: requests, count: "none" } }
    const fixes = this.corrections_.get(input)
    if (fixes) this.corrections_.set(counted, fixes)
    const result = await super.search(counted)
    return slot.total === undefined ? result : { ...result, metadata: { ...result.metadata, count: slot.total } }
  }

  /** Whether a search's answer fits one statement (with words, no vector): value facets only, a count, no distinct. */
  protected answersAtOnce(input: Input) {
    const options = input.search_options ?? {}
    const valueOnly = (options.facets ?? []).every(
      (f) => typeof f === "string" || ((f.type ?? "value") === "value" && !("query" in f && f.query)),
    )
    // distinct and min_score change what is counted, so they keep the base way.
    return (
      valueOnly &&
      options.count !== "none" &&
      !options.distinct &&
      options.min_score === undefined &&
      !input.index.settings.distinct_attribute
    )
  }

  /**
   * A text search (its page, value facets, total) as one statement (search-statement.ts), answered as Medusa's is;
   * or, when the vocabulary lacks a word of the query (`known`), what it learnt of them.
   */
  protected async searchAtOnce(
    input: Input,
    facets: NonNullable<Input["search_options"]>["facets"] = [],
    known?: Known,
  ): Promise<SearchTypes.SearchResult | Learnt> {
    assertQuerySupported(input, this.engine_)
    const started = Date.now()
    const catalog = await this.retrieve(input.index.physical_name)
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    const requests = normalizeFacetRequests(facets, catalog.plan) as ValueRequest[]
    const { fragments, whereSql, countsKey } = this.matchOf(input, catalog, requests)
    const kept = await this.counts_.peek(countsKey)
    // A group's facet-only search keeps no total (searchGroup): a page needs one.
    const counted = kept && kept.count !== null ? kept : undefined
    const metadata = { skip, take, query: input.q }
    // A facet-only search whose counts are known needs no statement.
    if (counted && take === 0)
      return {
        hits: [],
        facets: counted.facets,
        metadata: { ...metadata, count: counted.count, processing_time_ms: 0 },
      }
    const version = this.counts_.version()
    const statement = searchStatement({
      known,
      table: catalog.table_name,
      plan: catalog.plan,
      // A facet-only search (the route's count of a chosen facet without its own filter) ranks nothing.
      rankSql: take > 0 ? fragments.rankSql : () => `0::float8`,
      whereSql,
      orderSql: this.resolveOrderBy(input, catalog.plan, true),
      take,
      skip,
      facets: counted ? [] : requests,
      total: !counted,
    })
    const rows = await executePrepared<StatementRow>(this.manager_, statement.sql, statement.params)
    const { hits, facetRows, total, known: held, words } = readStatementRows(rows)
    if (held === false) return words ?? {}
    const counts = counted ?? { facets: readFacetRows(facetRows, requests).facets, count: total }
    if (!counted) this.counts_.set(countsKey, counts, version)
    return {
      hits: hitsOf(hits, input),
      facets: counts.facets,
      metadata: { ...metadata, count: counts.count, processing_time_ms: Date.now() - started },
    } as SearchTypes.SearchResult
  }

  /** A search's WHERE (its words, name scope and filters) and the key of its total and facets in counts_. */
  protected matchOf(input: Input, catalog: Catalog, requests: ValueRequest[]) {
    const fragments = this.keywordFragments({ query: input, catalog })
    const whereSql = (params: unknown[]) => {
      const conditions = [fragments.matchSql!(params)]
      const filters = wordsWhereClause(input.filters, catalog.plan)
      if (filters?.sql) {
        conditions.push(`(${filters.sql})`)
        params.push(...filters.params)
      }
      return preferTextIndex(conditions).join(" AND ")
    }
    // The total and facets depend only on which rows match (the WHERE and its values) and on what is counted.
    const matchedBy: unknown[] = []
    const countsKey = JSON.stringify([catalog.table_name, whereSql(matchedBy), matchedBy, requests])
    return { fragments, whereSql, countsKey }
  }

  /**
   * A group whose facet-only searches' counts are all kept (counts_): the page's search alone (searchAtOnce, from
   * its own kept counts too when it has them) and the rest from memory. Undefined when one is missing, or when the
   * page's words need looking up (the group's own way then). Each search's rows are the same as apart.
   */
  protected async groupFromCounts(page: Input, facetSearches: { input: Input }[], known?: Known) {
    const catalog = await this.retrieve(page.index.physical_name)
    const kept = await Promise.all(
      facetSearches.map(({ input }) =>
        this.counts_.peek(this.matchOf(input, catalog, requestsOf(input, catalog)).countsKey),
      ),
    )
    if (kept.some((k) => !k)) return undefined
    const first = await this.searchAtOnce(page, page.search_options?.facets, known).catch(() => undefined)
    if (!first || !("hits" in first)) return undefined
    const metadata = { skip: 0, take: 0, count: null, query: page.q, processing_time_ms: 0 }
    return [
      this.withDidYouMean(page, first as SearchTypes.SearchResult),
      ...facetSearches.map(({ input }, i) =>
        this.withDidYouMean(input, {
          hits: [],
          facets: kept[i]!.facets,
          metadata,
        } as unknown as SearchTypes.SearchResult),
      ),
    ]
  }

  /**
   * A page's search and its facet-only searches (searchMany) as one statement (groupStatement): the words and the
   * filters they share select the rows; each search keeps those under its other filters and its own name scope.
   */
  protected async searchGroup(page: Input, facetSearches: { input: Input; field: string }[]) {
    await ensureNameVector(this.manager_, tableNameForIndex(page.index.physical_name))
    const known = (await this.useLookedUp(page)) ? undefined : knownWordsSql(page)
    const looked = this.corrections_.get(page)
    if (looked) for (const { input } of facetSearches) this.corrections_.set(input, looked)
    const fromCounts = await this.groupFromCounts(page, facetSearches, known ?? undefined)
    if (fromCounts) return fromCounts
    if (known) {
      const first = await this.groupAtOnce(page, facetSearches, known).catch(() => undefined)
      if (Array.isArray(first)) return first
      await this.lookUpCorrections(page, first ? readKnownWords(known, first) : undefined)
      const found = this.corrections_.get(page)
      if (found) for (const { input } of facetSearches) this.corrections_.set(input, found)
    }
    return (await this.groupAtOnce(page, facetSearches)) as SearchTypes.SearchResult[]
  }

  /** searchGroup's statement; or, when the vocabulary lacks a word of the query (`known`), what it learnt of them. */
  protected async groupAtOnce(
    page: Input,
    facetSearches: { input: Input; field: string }[],
    known?: Known,
  ): Promise<SearchTypes.SearchResult[] | Learnt> {
    assertQuerySupported(page, this.engine_)
    const started = Date.now()
    const catalog = await this.retrieve(page.index.physical_name)
    const { plan } = catalog
    const skip = page.pagination?.skip ?? 0
    const take = page.pagination?.take ?? 20
    const fragments = this.keywordFragments({ query: page, catalog })
    const chosen = facetSearches.map((f) => f.field)
    const filtersSql = (params: unknown[], filters: Input["filters"]) => {
      const where = wordsWhereClause(filters, plan)
      if (!where?.sql) return "TRUE"
      params.push(...where.params)
      return `(${where.sql}) IS TRUE`
    }
    // A search's own rows: the chosen facets' filters it keeps, and its name scope under all its filters.
    const member = (input: Input, kept: string[]) => (params: unknown[]) => {
      const own = filtersSql(params, pickFields(page.filters, kept))
      return fragments.nameScopeSql ? `(${own} AND ${fragments.nameScopeSql(params, input.filters)})` : `(${own})`
    }
    const requests = requestsOf(page, catalog)
    const version = this.counts_.version()
    const statement = groupStatement({
      known,
      table: catalog.table_name,
      plan,
      rankSql: take > 0 ? fragments.rankSql : () => `0::float8`,
      whereSql: (params) => {
        const text = fragments.textSql(params)
        const shared = filtersSql(params, omitFields(page.filters, chosen))
        return shared === "TRUE" ? text : `${text} AND ${shared}`
      },
      orderSql: this.resolveOrderBy(page, plan, true),
      take,
      skip,
      facets: requests,
      page: member(page, chosen),
      others: facetSearches.map(({ input, field }) => ({
        sql: member(
          input,
          chosen.filter((f) => f !== field),
        ),
        facets: requestsOf(input, catalog),
      })),
    })
    const rows = await executePrepared<StatementRow>(this.manager_, statement.sql, statement.params)
    const metadata = { query: page.q, processing_time_ms: Date.now() - started }
    const { hits, facetRows, total, known: held, words } = readStatementRows(rows, 0)
    if (held === false) return words ?? {}
    // Each search's counts kept as its own (searchAtOnce's key); a facet-only one has no total.
    const keep = (input: Input, facets: Counts["facets"], count: number | null) =>
      this.counts_.set(this.matchOf(input, catalog, requestsOf(input, catalog)).countsKey, { facets, count }, version)
    const answers: SearchTypes.SearchResult[] = [
      {
        hits: hitsOf(hits, page),
        facets: readFacetRows(facetRows, requests).facets,
        metadata: { skip, take, count: total, ...metadata },
      } as SearchTypes.SearchResult,
      ...facetSearches.map(
        ({ input }, i) =>
          ({
            hits: [],
            facets: readFacetRows(readStatementRows(rows, i + 1).facetRows, requestsOf(input, catalog)).facets,
            metadata: { skip: 0, take: 0, count: null, ...metadata },
          }) as unknown as SearchTypes.SearchResult,
      ),
    ]
    answers.forEach((answer, i) =>
      keep(i ? facetSearches[i - 1]!.input : page, answer.facets, i ? null : (answer.metadata.count ?? 0)),
    )
    return answers.map((answer, i) => this.withDidYouMean(i ? facetSearches[i - 1]!.input : page, answer))
  }

  /**
   * The text match and rank. Rank: products whose name (weight A: title, English title, their pinyin) holds a
   * word of the query come first, then ts_rank (scaled under 1, same order). ts_rank_cd (cover density) cost ~3 µs
   * a match, a third of a wide search, and ordered the relevance set's answers the same; on the bench's catalog it
   * only told apart products whose scores differed in the fifth digit (BENCHMARKS.md). Match: the whole query
   * anywhere; and once any product's name (under the same filters) holds a word of it, only products that hold one
   * in a name, kind, cooperative or tag (weights A, B), so "millet" does not bring the soybean oil whose cooperative's
   * certificate names the millet. The "any product" test is uncorrelated, so PostgreSQL runs it once (InitPlan);
   * it and the name tests read `name_vector` (name-vector.ts), on its own index. A count, not EXISTS: EXISTS
   * lets the planner hope to meet a row early in a sequential scan, which reads every row when there is none.
   * Each tsquery is a subquery of its own, computed once a statement: in a prepared statement's generic plan a
   * to_tsquery of a placeholder was computed again for every row (a wide search 2-3 times slower, BENCHMARKS.md).
   */
  protected keywordFragments({ query, catalog }: { query: Input; catalog: Catalog }) {
    const options = query.search_options ?? {}
    if (options.attributes_to_search_on?.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "search-postgres-zh searches every searchable field at once")
    }
    const q = query.q?.trim() || undefined
    const strategy = options.match_strategy ?? "all"
    const opts: TextQueryOptions = { ...this.corrections_.get(query), synonyms: this.synonyms_ }
    const fixes = withLatinSynonyms(q ?? "", opts.fixes, this.synonyms_)
    if (fixes) opts.fixes = fixes
    const tsquery = tsQuerySql(q ?? "", strategy, this.tsConfig_, opts)
    const inName = q ? anyOperandTsQuery(q, strategy, "A", opts) : null
    // name_vector holds only A and B lexemes, so asked without weights it answers the same; a weighted tsquery cost
    // about 5 µs more per matched row (measured, BENCHMARKS.md), on every row of the hits and of the facet counts.
    const inNameOrKind = q ? anyOperandTsQuery(q, strategy, "", opts) : null
    const cfg = this.tsConfig_
    const rankSql = (params: unknown[]) => {
      if (!q) return `0::float4`
      if (!inName) return `ts_rank("search_vector", ${tsquery(params)}, 32)`
      params.push(inName) // placeholders in the order they appear
      return `(("${NAME_VECTOR}" @@ (SELECT to_tsquery('${cfg}', ?)))::int + ts_rank("search_vector", ${tsquery(params)}, 32))`
    }
    const textSql = (params: unknown[]) => `"search_vector" @@ ${tsquery(params)}`
    // The name test, under the given filters ("does any product they keep have a name hit?").
    const nameScopeSql =
      inName && inNameOrKind
        ? (params: unknown[], filters: Input["filters"]) => {
            params.push(inNameOrKind, inName)
            const where = wordsWhereClause(filters, catalog.plan)
            const scope = where?.sql ? ` AND (${where.sql}) IS TRUE` : ""
            if (where?.sql) params.push(...where.params)
            return `("${NAME_VECTOR}" @@ (SELECT to_tsquery('${cfg}', ?)) OR (SELECT count(*) FROM "${catalog.table_name}" WHERE "${NAME_VECTOR}" @@ (SELECT to_tsquery('${cfg}', ?))${scope}) = 0)`
          }
        : undefined
    const matchSql = q
      ? (params: unknown[]) => {
          const match = textSql(params)
          return nameScopeSql ? `${match} AND ${nameScopeSql(params, query.filters)}` : match
        }
      : undefined
    return { q, needsBm25Limit: false, rankSql, matchSql, textSql, nameScopeSql }
  }

  protected async executeQuery(parts: QueryParts) {
    return super.executeQuery({
      ...parts,
      conditionsSql: (params: unknown[]) => preferTextIndex(parts.conditionsSql(params)),
    })
  }

  /** The facet counts' scope: the same match and filters as the hits, the filters hidden from the planner as there. */
  protected buildFacetScope(input: FacetScopeInput) {
    const { input: query, catalog, useKeyword } = input
    const matchSql = useKeyword ? this.keywordFragments({ query, catalog }).matchSql : undefined
    if (!matchSql) return super.buildFacetScope(input)
    const params: unknown[] = []
    const conditions = [matchSql(params)]
    const filters = wordsWhereClause(query.filters, catalog.plan)
    if (filters?.sql) {
      conditions.push(`(${filters.sql})`)
      params.push(...filters.params)
    }
    return { sql: preferTextIndex(conditions).join(" AND "), params }
  }

  protected async resolveFacets(input: FacetInput) {
    const requests = normalizeFacetRequests(input.requests, input.plan)
    if (requests.length < 2 || requests.some((r) => r.type !== "value" || r.query)) return super.resolveFacets(input)
    const slot = input.requests ? this.totals_.get(input.requests) : undefined
    const statement = valueFacetsStatement(input, requests as { field: string; limit?: number }[], !!slot)
    const { facets, total } = readFacetRows(await this.manager_.execute(statement.sql, statement.params), requests)
    if (slot) slot.total = total
    return facets
  }
}

/** A statement's hit rows as the Search Module's hits. */
function hitsOf(rows: StatementRow[], input: Input) {
  return rows.map((row) => ({
    id: row.id!,
    score: input.search_options?.include_score ? Number(row.score) : undefined,
    document: projectDocument(
      (typeof row.document === "string" ? JSON.parse(row.document) : row.document) as SearchTypes.SearchDocument,
      input.attributes_to_retrieve,
    ),
  }))
}

/** What a query's typo look-ups depend on: the index, the words, how the last one is read, the typo settings. */
function lookupKey(input: Input) {
  const options = input.search_options ?? {}
  return JSON.stringify([
    input.index.physical_name,
    input.q?.trim() ?? "",
    options.match_strategy ?? "all",
    !!options.typo_tolerance,
    input.index.settings.typo_tolerance ?? null,
  ])
}

/** The query as the corrections read it: each corrected Latin word by its nearest fix, each respelled run. */
export function didYouMeanOf(q: string, { fixes, respellings }: Corrections): string | null {
  if (!fixes?.size && !respellings?.size) return null
  let text = q.trim()
  for (const [run, respelled] of respellings ?? []) text = text.split(run).join(respelled)
  for (const [word, [fix]] of fixes ?? []) {
    if (fix) text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, "giu"), fix)
  }
  return text === q.trim() ? null : text
}

/** Latin words' synonyms (dates → jujube) ride along as corrections would, ORed with the word. */
function withLatinSynonyms(q: string, fixes: Map<string, string[]> | undefined, synonyms: Record<string, string[]>) {
  const words = splitWords(q).filter((w) => !w.han && synonyms[w.text])
  if (!words.length) return fixes
  const merged = new Map(fixes)
  for (const { text } of words) merged.set(text, [...new Set([...(merged.get(text) ?? []), ...synonyms[text]!])])
  return merged
}

/** The value facets a search counts, as the statements take them. */
function requestsOf(input: Input, catalog: Catalog) {
  return normalizeFacetRequests(input.search_options?.facets ?? [], catalog.plan) as ValueRequest[]
}
