import { z } from "zod";
import { versionField } from "./version";
import { isCalendarDate, VOTE_CASTS } from "../council/rules";
import { normalizeDraftRef } from "./draft-ref";
import { storableText } from "./text-input";

// The "record a vote" form (/admin/resolutions/new and .../edit) and each row of the CSV import.
// One schema for the server (the truth) and the browser (the live preview). Messages are codes
// translated in messages/<locale>/admin.json under "errors".
// Two layers: DraftFormSchema checks the shape of the input alone; assessDraftVotes
// (draft-assessment.ts) checks it against the Council sitting that day, which the caller loads.
// The posted form becomes values in draft-form-data.ts.

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

/** "YYYY-MM-DD" naming a day that exists (not 2023-02-29). */
export { isCalendarDate };

const text = (max: number) => z.string({ error: "required" }).trim().max(max, { error: "tooLong" });
const optionalText = (max: number) => text(max).transform((s) => (s === "" ? null : s));
const memberCode = z.string({ error: "memberCode" }).trim().toUpperCase().regex(CODE_RE, { error: "memberCode" });
const unique = <T>(items: T[]) => new Set(items).size === items.length;

const SourceSchema = z.object(
  {
    // Empty only for a source already on record without a link (the seed's compiled files, a quoted
    // article): the write path keeps those and refuses a new source without a URL.
    url: optionalText(LIMITS.url).refine(
      (u) => {
        if (u === null) return true;
        try {
          const p = new URL(u).protocol;
          return p === "https:" || p === "http:";
        } catch {
          return false;
        }
      },
      { error: "url" },
    ),
    title: text(LIMITS.sourceTitle).min(1, { error: "required" }),
    outlet: optionalText(LIMITS.outlet),
    language: text(12).regex(LANGUAGE_RE, { error: "language" }),
    text: optionalText(LIMITS.sourceText),
  },
  { error: "invalid" },
);

const draftFormShape = z
  .object(
    {
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
        .refine((v) => Object.keys(v).length <= 15, { error: "tooManyVotes", params: { max: 15 } }),
      vetoedBy: z.array(memberCode, { error: "invalid" }).max(5, { error: "tooMany" }).refine(unique, { error: "duplicateList" }),
      sources: z.array(SourceSchema, { error: "invalid" }).max(LIMITS.sources, { error: "tooMany" }),
      version: versionField,
    },
    { error: "invalid" },
  )
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

// Unstorable text (NUL, undecodable bytes) anywhere is refused first (text-input.ts).
export const DraftFormSchema = storableText(draftFormShape);

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
