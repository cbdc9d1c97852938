import { z } from "zod";
import { VETO_COUNTS, VOTE_CASTS } from "@/lib/council/rules";
import { SOURCE_KIND_ORDER } from "@/lib/draft-record";
import type { CountrySort } from "@/lib/queries/countries";
import { FILTER_FIELDS } from "@/lib/validations/filters";
import { VetoApiQuerySchema } from "@/lib/validations/vetoes";

// The zod schemas of /api/v1: each request's query (parsed by the handler) and each response's
// body (the type the handler builds). lib/api/v1/openapi.ts turns the same schemas into the
// OpenAPI document, so the document cannot describe anything the code does not check or build.

export const DRAFTS_DEFAULT_LIMIT = 100;
export const DRAFTS_MAX_LIMIT = 500;

const format = z.enum(["json", "csv"], { error: "must be json or csv" }).optional().meta({
  description: "json (the default) or csv. `Accept: text/csv` asks for CSV too.",
});
const year = (description: string) => FILTER_FIELDS.from.optional().meta({ description: `${description} From 1946 to 2100.`, examples: [2024] });

// ---------------------------------------------------------------------------------------------
// Queries

/** GET /api/v1/drafts: the list's filters (lib/validations/filters.ts) with a cursor instead of a page number. */
export const DraftsQuerySchema = z
  .object({
    country: FILTER_FIELDS.country
      .optional()
      .meta({ description: "Drafts this member voted on (ISO 3166 alpha-3 as in the records, e.g. RUS, SUN, CHN).", examples: ["RUS"] }),
    vote: FILTER_FIELDS.vote.optional().meta({
      description: "With `country`: only drafts it voted this way on (Y in favour, N against, A abstention, X not participating). A veto counts as N.",
    }),
    vetoedBy: FILTER_FIELDS.vetoedBy.optional().meta({ description: "Drafts this permanent member vetoed.", examples: ["USA"] }),
    topic: FILTER_FIELDS.topic.optional().meta({ description: "A topic slug (GET /api/v1/topics).", examples: ["dprk"] }),
    from: year("First year (Common Era; a Buddhist-era year is read as such)."),
    to: year("Last year, included."),
    outcome: FILTER_FIELDS.outcome
      .optional()
      .meta({ description: "adopted; vetoed (by at least one permanent member); failed (too few votes in favour, no veto)." }),
    kind: FILTER_FIELDS.kind
      .optional()
      .meta({ description: "What was put to the vote: a draft, an amendment, a paragraph voted separately, a preliminary question, a procedural motion." }),
    q: FILTER_FIELDS.q
      .optional()
      .meta({ description: "Search: symbol, title, agenda item, topics (every word must match, the last as a prefix).", examples: ["Syria"] }),
    sort: FILTER_FIELDS.sort.optional().meta({
      description: "relevance (the default with `q`; best match first), date-desc (the default otherwise), date-asc, symbol.",
    }),
    cursor: z
      .string()
      .max(400)
      .optional()
      .meta({ description: "The `next` cursor of the previous page. Opaque; only valid with the same sort (and meant for the same filters)." }),
    limit: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(DRAFTS_MAX_LIMIT, `must be at most ${DRAFTS_MAX_LIMIT}`)
      .default(DRAFTS_DEFAULT_LIMIT)
      .meta({ description: `Drafts per page, 1 to ${DRAFTS_MAX_LIMIT}.` }),
    format,
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: "from must not be after to", path: ["to"] })
  .refine((q) => !q.vote || q.country, { message: "vote needs country", path: ["vote"] });

// The sorts of /countries (COUNTRY_SORTS), listed here so that this module stays free of the query module.
const MEMBER_SORTS = ["name", "region", "years", "first", "last", "vetoes"] as const satisfies readonly CountrySort[];

export const MembersQuerySchema = z.object({
  year: FILTER_FIELDS.from.optional().meta({ description: "Only the members of the Council in this year.", examples: [1990] }),
  sort: z.enum(MEMBER_SORTS).default("name"),
  order: z.enum(["asc", "desc"]).optional().meta({ description: "Each sort has its natural order (names A→Z, counts largest first)." }),
  format,
});

/** GET /api/v1/vetoes: the query of GET /api/vetoes, with `Accept: text/csv` as well as ?format=csv. */
export const VetoesQuerySchema = VetoApiQuerySchema;

export const TopicsQuerySchema = z.object({ format });

export const SummaryQuerySchema = z
  .object({
    from: year("First year of the period (both ends included)."),
    to: year("Last year of the period."),
    count: z.enum(VETO_COUNTS).optional().meta({
      description: "Which vetoes count: library (the default, as the UN Library's Veto List counts them) or drafts (vetoes of whole drafts only).",
    }),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: "from must not be after to", path: ["to"] });

export const DraftPathSchema = z.object({
  ref: z.string().meta({
    description:
      "A draft symbol (S/2024/255), a meeting-record ref (S/PV.57:2), a resolution number (1718) or symbol (S/RES/1718(2006)); slashes stay as they are.",
    examples: ["S/2024/255"],
  }),
});
export const MemberPathSchema = z.object({
  code: z.string().meta({ description: "ISO 3166 alpha-3 as in the records (SUN for the USSR).", examples: ["RUS"] }),
});

// ---------------------------------------------------------------------------------------------
// Responses

const isoDate = z.string().meta({ format: "date", description: "YYYY-MM-DD" });
const outcome = z.enum(["ADOPTED", "VETOED", "FAILED"]);
const objectOfVote = z.enum(["DRAFT", "AMENDMENT", "PARAGRAPH", "PRELIMINARY_QUESTION", "PROCEDURAL_MOTION"]);
const voteCast = z.enum(VOTE_CASTS);
const memberName = z.object({ member: z.string(), nameEn: z.string(), nameTh: z.string() });
const topicLabel = z.object({ slug: z.string(), labelEn: z.string(), labelTh: z.string() });
const tally = z.object({ yes: z.number().int(), no: z.number().int(), abstain: z.number().int(), nonVoting: z.number().int().nullable() });
const statedTally = z.object({ yes: z.number().int(), no: z.number().int(), abstain: z.number().int() });
const sourceRef = z.object({ key: z.string(), title: z.string(), url: z.string().nullable() });

export const DraftListItemSchema = z.object({
  ref: z.string().meta({ description: "The record's key: the symbol, or a meeting-record ref when the sources give no symbol." }),
  symbol: z.string().nullable(),
  date: isoDate.nullable().meta({ description: "Null for the few undated votes (then only `year` is known)." }),
  year: z.number().int(),
  title: z.string().nullable(),
  agendaItem: z.string().nullable(),
  objectOfVote,
  modality: z.enum(["RECORDED_VOTE", "WITHOUT_VOTE", "NO_ROLL_CALL"]),
  outcome,
  resolutionNumber: z.number().int().nullable(),
  tally: tally.nullable().meta({ description: "Null when no tally is known." }),
  vetoes: z.array(memberName),
  url: z.string().meta({ description: "The draft's page on this site (its sources are listed there and at `api`)." }),
  api: z.string(),
});

export const DraftListSchema = z.object({
  total: z.number().int().meta({ description: "Drafts matching the filters, on every page." }),
  limit: z.number().int(),
  sort: FILTER_FIELDS.sort,
  next: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  drafts: z.array(DraftListItemSchema),
});

export const DraftSchema = z.object({
  draft: z.object({
    ref: z.string(),
    symbol: z.string().nullable(),
    date: isoDate.nullable(),
    year: z.number().int(),
    title: z.string().nullable(),
    agendaItem: z.string().nullable(),
    objectOfVote,
    parent: z.object({ ref: z.string(), symbol: z.string().nullable() }).nullable(),
    procedural: z.boolean(),
    modality: z.enum(["RECORDED_VOTE", "WITHOUT_VOTE", "NO_ROLL_CALL"]),
    outcome,
    resolutionNumber: z.number().int().nullable(),
    resolutionSymbol: z.string().nullable(),
    requiredMajority: z.union([z.literal(7), z.literal(9)]).meta({ description: "Affirmative votes needed that day: 7 before 1966, 9 since." }),
    tally: tally.nullable(),
    votesComplete: z.boolean(),
    statedTally: statedTally.nullable().meta({ description: "The tally as the UN states it." }),
    statedTallySource: sourceRef.nullable(),
    tallyCheck: z.string().nullable(),
    votesDerived: z.boolean(),
    unconfirmed: z.boolean(),
  }),
  meeting: z
    .object({
      record: z.string(),
      date: isoDate.nullable(),
      pressRelease: z.string().nullable(),
      pressReleases: z.array(z.object({ symbol: z.string(), url: z.string().nullable() })),
    })
    .nullable(),
  votes: z.array(
    memberName.extend({
      nameAtTime: z.string().nullable(),
      permanent: z.boolean(),
      vote: voteCast,
      derived: z.boolean().meta({ description: "The only vote the UN's stated tally leaves for this member (no source names it)." }),
      recordedAs: voteCast.nullable(),
    }),
  ),
  vetoes: z.array(memberName),
  amendments: z.array(
    z.object({
      ref: z.string(),
      symbol: z.string().nullable(),
      date: isoDate.nullable(),
      objectOfVote,
      procedural: z.boolean(),
      outcome,
      tally: statedTally.nullable(),
      vetoes: z.array(memberName),
    }),
  ),
  topics: z.array(topicLabel),
  penholders: z.array(memberName),
  sources: z.array(
    sourceRef.extend({
      kind: z.enum(SOURCE_KIND_ORDER),
      outlet: z.string().nullable(),
      language: z.string(),
      text: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  url: z.string(),
});

export const MemberSchema = z.object({
  code: z.string(),
  nameEn: z.string(),
  nameTh: z.string(),
  region: z.string().nullable(),
  dissolved: z.boolean(),
  years: z.number().int().meta({ description: "Years on the Council." }),
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  permanent: z.boolean(),
  vetoes: z.number().int().meta({ description: "Vetoes cast, as the UN Library counts them." }),
  url: z.string(),
  api: z.string(),
});
export const MemberListSchema = z.object({ count: z.number().int(), members: z.array(MemberSchema) });

export const MemberDetailSchema = z.object({
  code: z.string(),
  nameEn: z.string(),
  nameTh: z.string(),
  region: z.string().nullable(),
  dissolved: z.boolean(),
  terms: z.array(
    z.object({
      firstYear: z.number().int(),
      lastYear: z.number().int(),
      startsOn: isoDate,
      endsOn: isoDate,
      years: z.number().int(),
      permanent: z.boolean(),
      names: z.array(z.string()).meta({ description: "Names the state sat under in those years." }),
    }),
  ),
  votes: z
    .object({ Y: z.number().int(), N: z.number().int(), A: z.number().int(), X: z.number().int() })
    .meta({ description: "Drafts by the member's vote; N includes vetoes known only from the veto lists." }),
  totalVotes: z.number().int(),
  vetoOnly: z.number().int().meta({ description: "Of votes.N, the vetoes known only from the veto lists (no recorded vote)." }),
  vetoes: z.number().int(),
  url: z.string(),
});

export const VetoSchema = z.object({
  ref: z.string(),
  symbol: z.string().nullable(),
  date: isoDate.nullable(),
  year: z.number().int(),
  meeting: z.string().nullable(),
  objectOfVote: z.string(),
  member: z.object({ code: z.string(), holder: z.string(), seat: z.string(), nameEn: z.string(), nameTh: z.string() }),
  topics: z.array(topicLabel),
  url: z.string(),
  api: z.string(),
});
export const VetoListSchema = z.object({ count: z.number().int(), vetoes: z.array(VetoSchema) });

export const TopicSchema = z.object({
  slug: z.string(),
  labelEn: z.string(),
  labelTh: z.string(),
  drafts: z.number().int(),
  adopted: z.number().int(),
  vetoed: z.number().int(),
  failed: z.number().int(),
  vetoes: z.number().int().meta({ description: "Vetoes cast (a draft vetoed by two members counts two)." }),
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable(),
});
export const TopicListSchema = z.object({ count: z.number().int(), topics: z.array(TopicSchema) });

const draftCounts = z.object({ voted: z.number().int(), adopted: z.number().int(), vetoed: z.number().int(), failed: z.number().int() });
export const SummarySchema = z.object({
  allTime: draftCounts,
  inPeriod: draftCounts.nullable().meta({ description: "Null when no period is asked for." }),
  vetoes: z.array(
    z.object({
      holder: z.string(),
      seat: z.string(),
      code: z.string(),
      nameEn: z.string(),
      nameTh: z.string(),
      fromYear: z.number().int(),
      toYear: z.number().int().nullable(),
      allTime: z.number().int(),
      inPeriod: z.number().int(),
    }),
  ),
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable(),
});

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
});
