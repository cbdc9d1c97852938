import { z } from "zod";
import { decideOutcome, validateVotes, VOTE_CASTS, type VoteDecision, type VoteProblem } from "../council/rules";
import { normalizeDraftRef } from "./draft-ref";
import { addFieldError, type FieldErrors, type Msg } from "../admin/action-state";

// The "record a vote" form (/admin/resolutions/new and .../edit) and each row of the CSV import.
// One schema for the server (the truth) and the browser (the live preview). Messages are codes
// translated in messages/<locale>/admin.json under "errors".
// Two layers: DraftFormSchema checks the shape of the input alone; assessDraftVotes checks it
// against the Council sitting that day (from council_seat), which the caller loads.

export const LIMITS = {
  symbol: 60,
  title: 500,
  agendaItem: 1000, // the Library's agenda items quote whole letters (769 characters the longest)
  meetingRecord: 40,
  topics: 12,
  topicLabel: 80,
  penholders: 15,
  sources: 10,
  sourceTitle: 300,
  outlet: 120,
  url: 2000,
  sourceText: 50_000,
  resolutionNumber: 99_999,
} as const;

/** The Council's first meeting (17 January 1946). */
export const FIRST_MEETING = "1946-01-17";
/** Symbols of the form S/YYYY/NNN are used from 1994; before that, S/NNNNN. */
export const NEW_SYMBOL_STYLE_FROM = 1994;

// S/2024/255, S/23372, S/7951/Rev.2, S/2003/1100/Corr.1
const SYMBOL_RE = /^S\/(?:(\d{4})\/\d{1,4}|\d{1,5})(?:\/(?:Rev|Corr|Add|Amend)\.\d{1,2})*$/;
const MEETING_RE = /^S\/PV\.\d{1,5}(?: \(Resumption \d{1,2}\))?$/;
const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CODE_RE = /^[A-Z]{3}$/;
const LANGUAGE_RE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** What the form posts (all text, so a refused form can be shown again exactly as typed). */
export interface DraftFormValues {
  symbol: string;
  votedOn: string;
  meetingRecord: string;
  title: string;
  agendaItem: string;
  modality: string;
  procedural: boolean;
  resolutionNumber: string;
  topics: string[];
  newTopicEn: string;
  newTopicTh: string;
  penholders: string[];
  votes: Record<string, string>;
  vetoedBy: string[];
  sources: SourceValues[];
  version: string;
}

export interface SourceValues {
  url: string;
  title: string;
  outlet: string;
  language: string;
  text: string;
}

export const EMPTY_SOURCE: SourceValues = { url: "", title: "", outlet: "", language: "en", text: "" };

export const EMPTY_DRAFT_VALUES: DraftFormValues = {
  symbol: "",
  votedOn: "",
  meetingRecord: "",
  title: "",
  agendaItem: "",
  modality: "RECORDED_VOTE",
  procedural: false,
  resolutionNumber: "",
  topics: [],
  newTopicEn: "",
  newTopicTh: "",
  penholders: [],
  votes: {},
  vetoedBy: [],
  sources: [],
  version: "",
};

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const text = (max: number) => z.string({ error: "required" }).trim().max(max, { error: "tooLong" });
const optionalText = (max: number) =>
  text(max).transform((s) => (s === "" ? null : s));
const memberCode = z.string({ error: "memberCode" }).trim().toUpperCase().regex(CODE_RE, { error: "memberCode" });
const unique = <T>(items: T[]) => new Set(items).size === items.length;

const SourceSchema = z.object({
  // Empty only for a source already on record without a link (the seed's compiled files, a quoted
  // article): the write path keeps those and refuses a new source without a URL.
  url: optionalText(LIMITS.url).refine((u) => {
    if (u === null) return true;
    try {
      const p = new URL(u).protocol;
      return p === "https:" || p === "http:";
    } catch {
      return false;
    }
  }, { error: "url" }),
  title: text(LIMITS.sourceTitle).min(1, { error: "required" }),
  outlet: optionalText(LIMITS.outlet),
  language: text(12).regex(LANGUAGE_RE, { error: "language" }),
  text: optionalText(LIMITS.sourceText),
}, { error: "invalid" });

export const DraftFormSchema = z
  .object({
    // Empty only when correcting an old vote the sources name by its meeting alone (checked by the write path).
    symbol: text(LIMITS.symbol)
      .transform((s) => (s === "" ? null : normalizeDraftRef(s)))
      .refine((s) => s === null || SYMBOL_RE.test(s), { error: "symbolFormat" }),
    votedOn: z
      .string({ error: "required" })
      .trim()
      .min(1, { error: "required" })
      .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isCalendarDate(s), { error: "dateFormat" })
      .refine((s) => s >= FIRST_MEETING, { error: "dateTooEarly" })
      .refine((s) => s <= todayIso(), { error: "dateFuture" }),
    meetingRecord: optionalText(LIMITS.meetingRecord).refine((s) => s === null || MEETING_RE.test(s), { error: "meetingFormat" }),
    // Empty only when correcting a draft the sources give no title for (checked by the write path).
    title: optionalText(LIMITS.title),
    agendaItem: optionalText(LIMITS.agendaItem),
    modality: z.enum(["RECORDED_VOTE", "WITHOUT_VOTE"], { error: "invalid" }),
    procedural: z.boolean({ error: "invalid" }),
    resolutionNumber: z
      .string({ error: "number" })
      .trim()
      .refine((s) => s === "" || /^\d{1,5}$/.test(s), { error: "number" })
      .transform((s) => (s === "" ? null : Number(s)))
      .refine((n) => n === null || (n >= 1 && n <= LIMITS.resolutionNumber), { error: "number" }),
    topics: z
      .array(z.string({ error: "slugFormat" }).trim().regex(SLUG_RE, { error: "slugFormat" }).max(60, { error: "tooLong" }), { error: "invalid" })
      .max(LIMITS.topics, { error: "tooMany" })
      .transform((t) => [...new Set(t)]),
    newTopicEn: text(LIMITS.topicLabel),
    newTopicTh: text(LIMITS.topicLabel),
    penholders: z
      .array(memberCode, { error: "invalid" })
      .max(LIMITS.penholders, { error: "tooMany" })
      .transform((p) => [...new Set(p)]),
    votes: z
      .record(z.string().regex(CODE_RE, { error: "memberCode" }), z.enum(VOTE_CASTS, { error: "voteValue" }), { error: "invalid" })
      .refine((v) => Object.keys(v).length <= 15, { error: "tooManyVotes" }),
    vetoedBy: z
      .array(memberCode, { error: "invalid" })
      .max(5, { error: "tooMany" })
      .refine(unique, { error: "duplicateList" }),
    sources: z.array(SourceSchema, { error: "invalid" }).max(LIMITS.sources, { error: "tooMany" }),
    version: z
      .string({ error: "invalid" })
      .trim()
      .refine((s) => s === "" || /^\d{1,9}$/.test(s), { error: "invalid" })
      .transform((s) => (s === "" ? null : Number(s))),
  }, { error: "invalid" })
  .superRefine((d, ctx) => {
    const m = d.symbol === null ? null : SYMBOL_RE.exec(d.symbol);
    if (m && /^\d{4}-\d{2}-\d{2}$/.test(d.votedOn)) {
      const voteYear = Number(d.votedOn.slice(0, 4));
      const symbolYear = m[1] ? Number(m[1]) : null;
      if (symbolYear !== null && (symbolYear < NEW_SYMBOL_STYLE_FROM || symbolYear > voteYear))
        ctx.addIssue({ code: "custom", path: ["symbol"], message: "symbolYear" });
      if (symbolYear === null && voteYear >= NEW_SYMBOL_STYLE_FROM) ctx.addIssue({ code: "custom", path: ["symbol"], message: "symbolOldStyle" });
    }
    if ((d.newTopicEn === "") !== (d.newTopicTh === "")) {
      ctx.addIssue({ code: "custom", path: [d.newTopicEn === "" ? "newTopicEn" : "newTopicTh"], message: "newTopicIncomplete" });
    } else if (d.newTopicEn !== "" && !slugify(d.newTopicEn)) {
      ctx.addIssue({ code: "custom", path: ["newTopicEn"], message: "slugFormat" });
    }
    if (d.modality === "WITHOUT_VOTE") {
      if (Object.keys(d.votes).length > 0) ctx.addIssue({ code: "custom", path: ["votes"], message: "votesWithoutVote" });
      if (d.vetoedBy.length > 0) ctx.addIssue({ code: "custom", path: ["vetoedBy"], message: "vetoWithoutVote" });
    }
  });

export type DraftInput = z.output<typeof DraftFormSchema>;

/** "Sea-level rise & security" → "sea-level-rise-security" (topic slugs; ASCII only). */
export function slugify(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** zod issues → field errors keyed by dotted path ("title", "sources.0.url", "votes.RUS"). */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join(".") || "form";
    // A bad record key ("vote.usa") carries its own issue inside.
    const msg: Msg = { code: issue.code === "invalid_key" ? (issue.issues[0]?.message ?? "invalid") : issue.message };
    if (issue.code === "too_big" && typeof issue.maximum === "number") msg.values = { max: issue.maximum };
    if (issue.message === "tooManyVotes") msg.values = { max: 15 }; // a refine: its issue is "custom", not "too_big"
    if (!errors[field]?.some((e) => e.code === msg.code)) addFieldError(errors, field, msg);
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// FormData → values (a server action receives FormData; so does the live preview in the browser).

function str(fd: FormData, name: string): string {
  const v = fd.get(name);
  return typeof v === "string" ? v : "";
}

function strings(fd: FormData, name: string): string[] {
  return fd.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
}

export function draftValuesFromFormData(fd: FormData): DraftFormValues {
  const votes: [string, string][] = [];
  const sources = new Map<number, SourceValues>();
  for (const [key, value] of fd.entries()) {
    if (typeof value !== "string") continue;
    if (key.startsWith("vote.") && value !== "") votes.push([key.slice(5), value]);
    const s = /^sources\.(\d{1,2})\.(url|title|outlet|language|text)$/.exec(key);
    if (s) {
      const index = Number(s[1]);
      const row = sources.get(index) ?? { ...EMPTY_SOURCE, language: "" };
      row[s[2] as keyof SourceValues] = value;
      sources.set(index, row);
    }
  }
  return {
    symbol: str(fd, "symbol"),
    votedOn: str(fd, "votedOn"),
    meetingRecord: str(fd, "meetingRecord"),
    title: str(fd, "title"),
    agendaItem: str(fd, "agendaItem"),
    modality: str(fd, "modality") || "RECORDED_VOTE",
    procedural: ["on", "true", "1"].includes(str(fd, "procedural")),
    resolutionNumber: str(fd, "resolutionNumber"),
    topics: strings(fd, "topics"),
    newTopicEn: str(fd, "newTopicEn"),
    newTopicTh: str(fd, "newTopicTh"),
    penholders: strings(fd, "penholders"),
    // Object.fromEntries defines own properties, so a hostile "vote.__proto__" cannot touch prototypes.
    votes: Object.fromEntries(votes),
    vetoedBy: strings(fd, "vetoedBy"),
    // Blank source rows (the form always offers one more) are not sources.
    sources: [...sources.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, s]) => ({ ...s, language: s.language || "en" }))
      .filter((s) => s.url.trim() !== "" || s.title.trim() !== "" || s.outlet.trim() !== "" || s.text.trim() !== ""),
    version: str(fd, "version"),
  };
}

// ---------------------------------------------------------------------------------------------
// Against the Council of the day.

/** A member on the Council on the vote's date (council_seat), with its names for the grid. */
export interface SittingMember {
  code: string;
  nameAtTime: string;
  nameEn: string;
  nameTh: string;
  permanent: boolean;
}

export interface VoteAssessment {
  fieldErrors: FieldErrors;
  /** Null for a draft adopted without a vote. */
  decision: VoteDecision | null;
}

function problemToError(p: VoteProblem, known: (code: string) => boolean): [string, Msg] {
  switch (p.code) {
    case "too-many-votes":
      return ["votes", { code: "tooManyVotes", values: { max: p.size } }];
    case "duplicate-member":
      return ["votes", { code: "duplicate", values: { member: p.member } }];
    case "not-sitting":
      return ["votes", { code: known(p.member) ? "notSitting" : "unknownMember", values: { member: p.member } }];
    case "missing-member":
      return [`votes.${p.member}`, { code: "missingVote", values: { member: p.member } }];
    case "veto-by-elected-member":
      return ["vetoedBy", { code: "vetoByElected", values: { member: p.member } }];
    case "veto-disagrees-with-votes":
      return ["vetoedBy", { code: "vetoDisagrees", values: { member: p.member } }];
    case "veto-on-procedural":
      return ["vetoedBy", { code: "vetoOnProcedural" }];
    case "veto-without-majority":
      return ["vetoedBy", { code: "vetoWithoutMajority" }];
  }
}

/**
 * The vote grid against the members sitting that day, the vetoes the record states (if any)
 * against the grid, and the outcome the rules give. `knownMembers` tells an unknown code from a
 * state that exists but was not on the Council that day.
 */
export function assessDraftVotes(
  input: Pick<DraftInput, "votedOn" | "procedural" | "votes" | "vetoedBy" | "modality" | "resolutionNumber">,
  sitting: readonly SittingMember[],
  knownMembers: (code: string) => boolean,
): VoteAssessment {
  const fieldErrors: FieldErrors = {};
  if (input.modality === "WITHOUT_VOTE") return { fieldErrors, decision: null };
  if (sitting.length === 0) {
    addFieldError(fieldErrors, "votedOn", { code: "noSeats" });
    return { fieldErrors, decision: null };
  }
  const votes = Object.entries(input.votes).map(([member, vote]) => ({ member, vote }));
  const problems = validateVotes({
    date: input.votedOn,
    votes,
    sitting: sitting.map((s) => s.code),
    complete: true,
    procedural: input.procedural,
    // The vetoes the record states are an optional cross-check: none ticked means "not stated".
    declaredVetoes: input.vetoedBy.length > 0 ? input.vetoedBy : undefined,
  });
  for (const p of problems) {
    const [field, msg] = problemToError(p, knownMembers);
    if (!fieldErrors[field]?.some((e) => e.code === msg.code && e.values?.member === msg.values?.member)) addFieldError(fieldErrors, field, msg);
  }
  const decision = decideOutcome({ date: input.votedOn, procedural: input.procedural, votes });
  if (input.resolutionNumber !== null && decision.outcome !== "ADOPTED" && Object.keys(fieldErrors).length === 0)
    addFieldError(fieldErrors, "resolutionNumber", { code: "resolutionNotAdopted" });
  return { fieldErrors, decision };
}
