import type { RegionScope } from "../../modules/official/region-scope"
import type { OfficialRow } from "../../serializers/official/serialize-official"

/** Who is calling an /official route and what they may read: always from the token, never from the query. */
export type OfficialActor = { official: OfficialRow; scope: RegionScope }
