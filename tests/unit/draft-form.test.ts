import { describe, expect, it } from "vitest";
import { DraftFormSchema, EMPTY_DRAFT_VALUES, slugify, todayIso, type DraftFormValues } from "@/lib/validations/draft-form";
import { assessDraftVotes } from "@/lib/validations/draft-assessment";
import { draftValuesFromFormData } from "@/lib/validations/draft-form-data";
import { issuesToFieldErrors } from "@/lib/forms/zod-errors";
import type { SittingMember } from "@/lib/council/seat-queries";

// The Council of 2024 (permanent members first), as council_seat gives it.
const COUNCIL_2024: SittingMember[] = [
  ...["CHN", "FRA", "GBR", "RUS", "USA"].map((code) => ({ code, nameAtTime: code, nameEn: code, nameTh: code, permanent: true })),
  ...["DZA", "ECU", "GUY", "JPN", "MLT", "MOZ", "KOR", "SLE", "SVN", "CHE"].map((code) => ({
    code,
    nameAtTime: code,
    nameEn: code,
    nameTh: code,
    permanent: false,
  })),
];
const KNOWN = new Set([...COUNCIL_2024.map((s) => s.code), "BRA", "ALB"]);
const known = (c: string) => KNOWN.has(c);

/** 20 Nov 2024, S/2024/835 (Gaza ceasefire): 14 in favour, the United States against. */
function allYes(): Record<string, string> {
  return Object.fromEntries(COUNCIL_2024.map((s) => [s.code, "Y"]));
}
const GOOD: DraftFormValues = {
  ...EMPTY_DRAFT_VALUES,
  symbol: "S/2024/835",
  votedOn: "2024-11-20",
  meetingRecord: "S/PV.9787",
  title: "Draft resolution on the situation in the Middle East, including the Palestinian question",
  agendaItem: "The situation in the Middle East, including the Palestinian question",
  topics: ["israel-palestine"],
  penholders: ["DZA", "ECU"],
  votes: { ...allYes(), USA: "N" },
  sources: [{ url: "https://press.un.org/en/2024/sc15907.doc.htm", title: "Press release SC/15907", outlet: "UN Press", language: "en", text: "" }],
};

function errorsFor(values: unknown): Record<string, string[]> {
  const parsed = DraftFormSchema.safeParse(values);
  if (parsed.success) return {};
  return Object.fromEntries(Object.entries(issuesToFieldErrors(parsed.error.issues)).map(([f, ms]) => [f, ms.map((m) => m.code)]));
}

describe("DraftFormSchema: good input", () => {
  it.each<[string, Partial<DraftFormValues>]>([
    ["a full recorded vote", {}],
    ["a lower-case symbol (normalised)", { symbol: "s/2024/835" }],
    ["a revised symbol", { symbol: "S/2024/835/Rev.1" }],
    ["an old-style symbol before 1994", { symbol: "S/23372", votedOn: "1991-12-20", votes: {} }],
    ["no meeting record, agenda or sources", { meetingRecord: "", agendaItem: "", sources: [] }],
    ["a resumed meeting", { meetingRecord: "S/PV.9787 (Resumption 1)" }],
    ["a resolution number", { resolutionNumber: "2759" }],
    ["a new topic in both languages", { newTopicEn: "Gaza ceasefire", newTopicTh: "การหยุดยิงในฉนวนกาซา" }],
    ["adopted without a vote", { modality: "WITHOUT_VOTE", votes: {} }],
    ["today", { votedOn: todayIso() }],
  ])("%s", (_label, patch) => {
    expect(errorsFor({ ...GOOD, ...patch })).toEqual({});
  });

  it("normalises and de-duplicates", () => {
    const parsed = DraftFormSchema.parse({ ...GOOD, symbol: " s/2024/835/rev.1 ", topics: ["a", "a"], penholders: ["dza", "DZA"] });
    expect(parsed.symbol).toBe("S/2024/835/Rev.1");
    expect(parsed.topics).toEqual(["a"]);
    expect(parsed.penholders).toEqual(["DZA"]);
    expect(parsed.meetingRecord).toBe("S/PV.9787");
    expect(parsed.resolutionNumber).toBeNull();
  });
});

describe("DraftFormSchema: bad input gets a message at the field", () => {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  it.each<[string, Record<string, unknown>, string, string]>([
    ["malformed symbol", { symbol: "2024/835" }, "symbol", "symbolFormat"],
    ["symbol with spaces", { symbol: "S/2024/ 835" }, "symbol", "symbolFormat"],
    ["symbol year after the vote", { symbol: "S/2025/1" }, "symbol", "symbolYear"],
    ["new-style symbol before 1994", { symbol: "S/1990/1", votedOn: "1990-05-01", votes: {} }, "symbol", "symbolYear"],
    ["old-style symbol after 1994", { symbol: "S/23372" }, "symbol", "symbolOldStyle"],
    ["absurdly long symbol", { symbol: `S/${"1".repeat(80)}` }, "symbol", "tooLong"],
    ["date in the future", { votedOn: tomorrow }, "votedOn", "dateFuture"],
    ["date before the first meeting", { votedOn: "1945-10-24" }, "votedOn", "dateTooEarly"],
    ["impossible date", { votedOn: "2024-02-30" }, "votedOn", "dateFormat"],
    ["date in another format", { votedOn: "20/11/2024" }, "votedOn", "dateFormat"],
    ["missing date", { votedOn: "" }, "votedOn", "required"],
    ["absurdly long title", { title: "x".repeat(5000) }, "title", "tooLong"],
    ["long agenda item", { agendaItem: "x".repeat(1001) }, "agendaItem", "tooLong"],
    ["bad meeting record", { meetingRecord: "PV 9787" }, "meetingRecord", "meetingFormat"],
    ["resolution number with letters", { resolutionNumber: "27a" }, "resolutionNumber", "number"],
    ["resolution number zero", { resolutionNumber: "0" }, "resolutionNumber", "number"],
    ["resolution number in exponent form", { resolutionNumber: "1e3" }, "resolutionNumber", "number"],
    ["bad topic slug", { topics: ["Gaza War"] }, "topics.0", "slugFormat"],
    ["half a new topic", { newTopicEn: "Gaza", newTopicTh: "" }, "newTopicTh", "newTopicIncomplete"],
    ["new topic with no letters", { newTopicEn: "!!!", newTopicTh: "!!!" }, "newTopicEn", "slugFormat"],
    ["bad penholder code", { penholders: ["Algeria"] }, "penholders.0", "memberCode"],
    ["vote value", { votes: { ...allYes(), USA: "veto" } }, "votes.USA", "voteValue"],
    ["vote key that is not a code", { votes: { usa: "Y" } }, "votes.usa", "memberCode"],
    ["16 votes", { votes: { ...allYes(), BRA: "Y" } }, "votes", "tooManyVotes"],
    ["source with a javascript: URL", { sources: [{ url: "javascript:alert(1)", title: "t", outlet: "", language: "en", text: "" }] }, "sources.0.url", "url"],
    ["source without title", { sources: [{ url: "https://un.org", title: "", outlet: "", language: "en", text: "" }] }, "sources.0.title", "required"],
    ["source language", { sources: [{ url: "https://un.org", title: "t", outlet: "", language: "English", text: "" }] }, "sources.0.language", "language"],
    [
      "too many sources",
      { sources: Array.from({ length: 11 }, (_, i) => ({ url: `https://un.org/${i}`, title: "t", outlet: "", language: "en", text: "" })) },
      "sources",
      "tooMany",
    ],
    ["votes on a draft adopted without a vote", { modality: "WITHOUT_VOTE" }, "votes", "votesWithoutVote"],
    ["unknown modality", { modality: "NO_ROLL_CALL" }, "modality", "invalid"],
    ["procedural as text", { procedural: "yes" }, "procedural", "invalid"],
    ["version with letters", { version: "2x" }, "version", "invalid"],
  ])("%s", (_label, patch, field, code) => {
    expect(errorsFor({ ...GOOD, ...patch })[field]).toContain(code);
  });

  it("refuses something that is not a form at all", () => {
    expect(Object.keys(errorsFor("DROP TABLE draft"))).toEqual(["form"]);
    expect(Object.keys(errorsFor(null))).toEqual(["form"]);
  });

  it("gives the limit with a too-long message", () => {
    const parsed = DraftFormSchema.safeParse({ ...GOOD, title: "x".repeat(501) });
    expect(parsed.success).toBe(false);
    expect(issuesToFieldErrors(parsed.error!.issues).title).toEqual([{ code: "tooLong", values: { max: 500 } }]);
  });

  it("gives the council's size with too many votes (the message says at most {max})", () => {
    const parsed = DraftFormSchema.safeParse({ ...GOOD, votes: { ...allYes(), BRA: "Y" } });
    expect(parsed.success).toBe(false);
    expect(issuesToFieldErrors(parsed.error!.issues).votes).toEqual([{ code: "tooManyVotes", values: { max: 15 } }]);
  });
});

describe("assessDraftVotes: the grid against the Council of the day", () => {
  const base = DraftFormSchema.parse(GOOD);
  const assess = (patch: Partial<typeof base>) => assessDraftVotes({ ...base, ...patch }, COUNCIL_2024, known);

  it("computes a veto by the United States from 14-1-0", () => {
    const { fieldErrors, decision } = assess({});
    expect(fieldErrors).toEqual({});
    expect(decision).toMatchObject({ outcome: "VETOED", vetoedBy: ["USA"], tally: { yes: 14, no: 1, abstain: 0, nonVoting: 0 } });
  });

  it("agrees with vetoes the record states", () => {
    expect(assess({ vetoedBy: ["USA"] }).fieldErrors).toEqual({});
  });

  it.each<[string, Partial<typeof base>, string, string]>([
    ["unknown member", { votes: { ...allYes(), XYZ: "Y" } as never }, "votes", "unknownMember"],
    [
      "a state not sitting that day",
      {
        votes: (() => {
          const v = allYes();
          delete v.CHE;
          return { ...v, BRA: "Y" };
        })() as never,
      },
      "votes",
      "notSitting",
    ],
    [
      "a member without a vote",
      {
        votes: (() => {
          const v = allYes();
          delete v.MLT;
          return v;
        })() as never,
      },
      "votes.MLT",
      "missingVote",
    ],
    ["a veto by an elected member", { vetoedBy: ["DZA"] }, "vetoedBy", "vetoByElected"],
    ["a stated veto the grid contradicts", { vetoedBy: ["RUS"] }, "vetoedBy", "vetoDisagrees"],
    ["a veto on a procedural vote", { procedural: true, vetoedBy: ["USA"] }, "vetoedBy", "vetoOnProcedural"],
    [
      "a stated veto on a draft short of nine votes",
      { votes: { ...allYes(), USA: "N", DZA: "A", ECU: "A", GUY: "A", JPN: "A", MLT: "A", MOZ: "A" } as never, vetoedBy: ["USA"] },
      "vetoedBy",
      "vetoWithoutMajority",
    ],
    ["a resolution number on a vetoed draft", { resolutionNumber: 2760 }, "resolutionNumber", "resolutionNotAdopted"],
  ])("%s", (_label, patch, field, code) => {
    expect(assess(patch).fieldErrors[field]?.map((m) => m.code)).toContain(code);
  });

  it("says so when no seats are recorded for the date", () => {
    expect(assessDraftVotes(base, [], known).fieldErrors.votedOn?.[0]?.code).toBe("noSeats");
  });

  it("a procedural vote with a permanent member against is adopted, not vetoed", () => {
    expect(assess({ procedural: true }).decision?.outcome).toBe("ADOPTED");
  });

  it("fails for insufficient votes without a veto", () => {
    const votes = { ...allYes(), USA: "N", DZA: "A", ECU: "A", GUY: "A", JPN: "A", MLT: "A", MOZ: "A" };
    expect(assess({ votes: votes as never }).decision).toMatchObject({ outcome: "FAILED", vetoedBy: [] });
  });
});

describe("draftValuesFromFormData", () => {
  it("reads votes, lists and source rows, dropping blank source rows", () => {
    const fd = new FormData();
    fd.set("symbol", "S/2024/835");
    fd.set("procedural", "on");
    fd.append("topics", "gaza");
    fd.append("topics", "syria");
    fd.set("vote.USA", "N");
    fd.set("vote.FRA", "Y");
    fd.set("vote.GBR", ""); // not chosen yet
    fd.set("sources.0.url", "https://press.un.org/x");
    fd.set("sources.0.title", "X");
    fd.set("sources.1.url", "");
    fd.set("sources.1.language", "en");
    const v = draftValuesFromFormData(fd);
    expect(v).toMatchObject({ symbol: "S/2024/835", procedural: true, topics: ["gaza", "syria"], votes: { USA: "N", FRA: "Y" } });
    expect(v.sources).toEqual([{ url: "https://press.un.org/x", title: "X", outlet: "", language: "en", text: "" }]);
  });

  it("keeps a hostile __proto__ key as data, never as a prototype, and the schema drops it", () => {
    const fd = new FormData();
    fd.set("vote.__proto__", "Y");
    fd.set("vote.USA", "N");
    const v = draftValuesFromFormData(fd);
    expect(Object.getPrototypeOf(v.votes)).toBe(Object.prototype);
    expect(Object.keys(v.votes)).toEqual(["__proto__", "USA"]);
    const parsed = DraftFormSchema.parse({ ...GOOD, votes: v.votes });
    expect(Object.keys(parsed.votes)).toEqual(["USA"]);
    expect(Object.getPrototypeOf(parsed.votes)).toBe(Object.prototype);
  });
});

describe("slugify", () => {
  it.each([
    ["Gaza ceasefire", "gaza-ceasefire"],
    ["Côte d'Ivoire", "cote-d-ivoire"],
    ["  DPRK / non-proliferation ", "dprk-non-proliferation"],
    ["การหยุดยิง", ""],
  ])("%s → %s", (label, slug) => expect(slugify(label)).toBe(slug));
});
