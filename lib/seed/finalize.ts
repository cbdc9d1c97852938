// Finalizing one draft: the facts the sources state differently resolved by FILE_PRIORITY, the vote
// grid chosen and checked against the tallies the sources state (the UN's above all), a grid derived
// where a stated tally fixes it, the outcome and vetoes; every disagreement becomes a DataIssue.
import { councilSize, decideOutcome, decideOutcomeFromTally, tallyVotes, validateVotes, type Outcome, type Tally } from "../council/rules";
import type { TallyCheck, VoteModality } from "../generated/prisma/enums";
import type { SourceFileName } from "./inputs";
import { priority, type DraftBuild, type FactField, type Grid } from "./merger";
import { fileSourceKey } from "./sources";
import { checkAgainstStated, deriveGrid, fmtStated } from "./stated-tally";
import { classifyText } from "./topics";
import type { SeedDraft, SeedIssue, SeedTally, SeedVote } from "./types";

function emptyTally(): SeedTally {
  return { yes: null, no: null, abstain: null, nonVoting: null };
}

/** Whether a grid's counts agree with a stated tally on every count the statement gives. */
function tallyAgrees(grid: Tally, stated: SeedTally): boolean {
  return (
    (stated.yes === null || stated.yes === grid.yes) &&
    (stated.no === null || stated.no === grid.no) &&
    (stated.abstain === null || stated.abstain === grid.abstain) &&
    (stated.nonVoting === null || stated.nonVoting === grid.nonVoting)
  );
}

interface Disagreement {
  fields: Record<string, { kept: string; keptFrom: string; other: string }>;
  votes?: unknown;
}

function resolveFact(d: DraftBuild, field: FactField): { value: string | null; file: SourceFileName | null } {
  const entries = [...d.facts[field].entries()].sort((a, b) => priority(a[0]) - priority(b[0]));
  const preferred = d.preferred[field];
  const chosen = (preferred && entries.find(([f]) => f === preferred)) || entries[0];
  return chosen ? { value: chosen[1], file: chosen[0] } : { value: null, file: null };
}

function compareGrids(primary: readonly SeedVote[], other: readonly SeedVote[]): Record<string, { kept: string; other: string }> {
  const a = new Map(primary.map((v) => [v.member, v.vote]));
  const b = new Map(other.map((v) => [v.member, v.vote]));
  const out: Record<string, { kept: string; other: string }> = {};
  for (const m of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(m) ?? "absent";
    const y = b.get(m) ?? "absent";
    // A member missing from one list and X (not participating) in the other agree.
    if (x === y || (x === "X" && y === "absent") || (x === "absent" && y === "X")) continue;
    out[m] = { kept: x, other: y };
  }
  return out;
}

export function finalizeDraft(d: DraftBuild, sittingOn: (date: string) => string[], issue: (i: SeedIssue) => void): SeedDraft {
  const votedOn = resolveFact(d, "votedOn");
  const meeting = resolveFact(d, "meeting");
  const symbol = resolveFact(d, "symbol");
  const year = votedOn.value ? Number(votedOn.value.slice(0, 4)) : d.year;
  const ruleDate = votedOn.value ?? `${year}-06-30`;
  const disagreements = new Map<SourceFileName, Disagreement>();
  const disagree = (file: SourceFileName) => {
    let x = disagreements.get(file);
    if (!x) disagreements.set(file, (x = { fields: {} }));
    return x;
  };
  for (const [field, chosen] of [
    ["votedOn", votedOn],
    ["meeting", meeting],
    ["symbol", symbol],
  ] as const)
    for (const [file, value] of d.facts[field])
      if (value !== chosen.value) disagree(file).fields[field] = { kept: chosen.value!, keptFrom: chosen.file!, other: value };

  // ---- the vote grid ----
  const official = [...d.stated].sort((a, b) => priority(a.file) - priority(b.file))[0] ?? null;
  let modality: VoteModality = d.explicitModality?.modality ?? "RECORDED_VOTE";
  let primary: Grid | null = null;
  if (d.explicitModality) {
    for (const g of d.grids)
      disagree(g.file).votes = {
        kept: `${d.explicitModality.modality} (${d.explicitModality.file}: ${d.explicitModality.why})`,
        other: Object.fromEntries(g.votes.map((v) => [v.member, v.vote])),
      };
  } else if (d.grids.length > 0) {
    const ordered = [...d.grids].sort((a, b) => priority(a.file) - priority(b.file));
    // The most official grid, unless it contradicts the most official stated totals and another grid agrees with them.
    primary = (official && ordered.find((g) => !g.partial && tallyAgrees(tallyVotes(g.votes), official.tally))) || ordered[0]!;
    for (const g of ordered) {
      if (g === primary) continue;
      const diff = compareGrids(primary.votes, g.votes);
      if (Object.keys(diff).length) disagree(g.file).votes = diff;
    }
  } else modality = "NO_ROLL_CALL";

  // Stated tallies that contradict the file's own grid.
  for (const s of d.stated) {
    const own = d.grids.find((g) => g.file === s.file && !g.partial);
    if (!own && s.un) continue; // the UN's statements are checked against the grid below
    if (own && !tallyAgrees(tallyVotes(own.votes), s.tally))
      issue({
        ref: d.ref,
        year,
        sourceFile: s.file,
        sourceRow: s.row,
        kind: "tally-mismatch",
        reason:
          `The stated tally (${s.tally.yes ?? "?"}-${s.tally.no ?? "?"}-${s.tally.abstain ?? "?"}, ${s.tally.nonVoting ?? "?"} not voting) ` +
          `disagrees with the member votes in the same record (${fmt(tallyVotes(own.votes))}).` +
          `${primary && primary !== own ? ` The votes from ${primary.file}, which match the stated tally, are kept.` : ""}`,
        evidence: { stated: s.tally, rows: tallyVotes(own.votes), votes: Object.fromEntries(own.votes.map((v) => [v.member, v.vote])) },
      });
    else if (!own && primary && !primary.partial && !tallyAgrees(tallyVotes(primary.votes), s.tally))
      issue({
        ref: d.ref,
        year,
        sourceFile: s.file,
        sourceRow: s.row,
        kind: "tally-mismatch",
        reason: `The stated tally disagrees with the member votes from ${primary.file} (${fmt(tallyVotes(primary.votes))}).`,
        evidence: { stated: s.tally, grid: tallyVotes(primary.votes), gridFrom: primary.file },
      });
  }

  let votes = primary?.votes ?? [];
  const sitting = sittingOn(ruleDate);
  const fullSize = primary !== null && !primary.partial && votes.length === councilSize(ruleDate);
  const gridProblems = fullSize ? validateVotes({ date: ruleDate, votes, sitting, complete: true }) : [];
  let complete = fullSize && gridProblems.length === 0;
  if (fullSize && !complete)
    issue({
      ref: d.ref,
      year,
      sourceFile: primary!.file,
      sourceRow: primary!.row,
      kind: "grid-not-sitting",
      reason: `The member votes do not match the members sitting on ${ruleDate}: ${gridProblems
        .map((p) => ("member" in p ? `${p.code} ${p.member}` : p.code))
        .join(", ")}. The votes are kept as recorded; the grid is not counted as complete.`,
      evidence: { problems: gridProblems, sitting },
    });

  // ---- the UN's stated tally against the member record ----
  const unStated =
    [...d.stated]
      .filter((s) => s.un && s.tally.yes !== null && s.tally.no !== null && s.tally.abstain !== null)
      .sort((a, b) => priority(a.file) - priority(b.file))[0] ?? null;
  const declaredVetoes = [...new Set(d.declaredVetoes.flatMap((v) => v.members))].sort();
  let tallyCheck: TallyCheck | null = null;
  let votesDerived = false;
  if (unStated && complete) {
    const check = checkAgainstStated(votes, unStated.tally);
    tallyCheck = check.result;
    const statedFrom = unStated.from ?? fileSourceKey(unStated.file);
    const gridFrom = fileSourceKey(primary!.file);
    if (check.result === "NON_PARTICIPATION") {
      votes = check.votes;
      issue({
        ref: d.ref,
        year,
        sourceFile: unStated.file,
        sourceRow: unStated.row,
        kind: "non-participation",
        reason:
          `${primary!.file} records ${check.members.join(", ")} as abstaining, ` +
          `but the UN's stated tally (${fmtStated(unStated.tally)}) does not count ${check.members.length === 1 ? "it" : "them"}: ` +
          "stored as not participating (X), with the recorded abstention kept as evidence.",
        evidence: { stated: unStated.tally, statedFrom, gridFrom, members: check.members },
      });
    } else if (check.result === "DISAGREES")
      issue({
        ref: d.ref,
        year,
        sourceFile: unStated.file,
        sourceRow: unStated.row,
        kind: "tally-disagrees",
        reason:
          `The UN's stated tally (${fmtStated(unStated.tally)}, ${statedFrom}) disagrees with the member votes from ${primary!.file} ` +
          `(${fmt(tallyVotes(votes))}). Both are kept; the UN's figure is shown.` +
          (check.ambiguous
            ? " More members abstain in the record than in the stated tally, but not all abstentions can be read as non-participation: " +
              "which members did not take part is not known."
            : ""),
        evidence: { stated: unStated.tally, grid: tallyVotes(votes), statedFrom, gridFrom },
      });
  }
  // A stated tally that leaves one possible vote for every member fixes the grid: derive it, marked.
  const forDerivation =
    unStated ??
    [...d.stated]
      .filter((s) => s.tally.yes !== null && s.tally.no !== null && s.tally.abstain !== null)
      .sort((a, b) => priority(a.file) - priority(b.file))[0] ??
    null;
  if (!complete && forDerivation && votedOn.value && modality !== "WITHOUT_VOTE") {
    const known = primary?.votes ?? [];
    const derivation = deriveGrid({ sitting, size: councilSize(ruleDate), known, vetoing: declaredVetoes, stated: forDerivation.tally });
    if (derivation) {
      votes = derivation.votes;
      complete = validateVotes({ date: ruleDate, votes, sitting, complete: true }).length === 0;
      if (complete) {
        votesDerived = true;
        modality = "RECORDED_VOTE";
        issue({
          ref: d.ref,
          year,
          sourceFile: forDerivation.file,
          sourceRow: forDerivation.row,
          kind: "derived-grid",
          reason:
            `Derived from the stated tally (${fmtStated(forDerivation.tally)}, ${forDerivation.from ?? fileSourceKey(forDerivation.file)}): ` +
            derivation.reason,
          evidence: {
            stated: forDerivation.tally,
            known: Object.fromEntries(known.map((v) => [v.member, v.vote])),
            vetoing: declaredVetoes,
            derived: derivation.derived,
          },
        });
      } else votes = primary?.votes ?? [];
    }
  }

  votesDerived ||= votes.some((v) => v.derived);

  // ---- outcome and vetoes ----
  const recorded = [...d.recordedOutcome].sort((a, b) => priority(a.file) - priority(b.file));
  for (const r of recorded)
    if (r.outcome !== recorded[0]!.outcome) disagree(r.file).fields.outcome = { kept: recorded[0]!.outcome, keptFrom: recorded[0]!.file, other: r.outcome };
  const declared = declaredVetoes;
  for (const v of d.declaredVetoes)
    if (v.members.join() !== declared.join())
      disagree(v.file).fields.vetoes = { kept: declared.join(", "), keptFrom: "veto lists (union)", other: v.members.join(", ") };
  let outcome: Outcome;
  const tally: SeedTally = complete ? { ...tallyVotes(votes) } : official ? { ...official.tally } : emptyTally();
  if (complete) {
    const decision = decideOutcome({ date: ruleDate, procedural: d.procedural, votes });
    outcome = recorded[0]?.outcome ?? decision.outcome;
    const src = recorded[0] ?? { file: primary!.file, row: primary!.row };
    if (recorded[0] && decision.outcome !== recorded[0].outcome) {
      const kind =
        recorded[0].outcome === "ADOPTED"
          ? decision.outcome === "VETOED"
            ? "adopted-despite-permanent-no"
            : "adopted-without-majority"
          : recorded[0].outcome === "VETOED"
            ? "veto-disagrees-with-grid"
            : "outcome-disagrees-with-grid";
      issue({
        ref: d.ref,
        year,
        sourceFile: src.file,
        sourceRow: src.row,
        kind,
        reason:
          kind === "adopted-despite-permanent-no"
            ? `Recorded as adopted, but the vote grid shows ${decision.vetoedBy.join(" and ")} (permanent) ` +
              `voting against with ${decision.tally.yes} in favour: ` +
              "by the rules that is a veto. Kept as adopted (the recorded fact); probably a procedural vote, which the source does not say."
            : `Recorded as ${recorded[0].outcome.toLowerCase()}, but the vote grid (${fmt(decision.tally)}) ` +
              `gives ${decision.outcome.toLowerCase()}. Kept as recorded.`,
        evidence: {
          recorded: recorded[0].outcome,
          computed: decision.outcome,
          tally: decision.tally,
          permanentAgainst: decision.vetoedBy,
          votes: Object.fromEntries(votes.map((v) => [v.member, v.vote])),
          gridFrom: primary!.file,
        },
      });
    }
    if (!d.procedural && (declared.length > 0 || decision.vetoedBy.length > 0)) {
      const problems = validateVotes({ date: ruleDate, votes, complete: true, sitting, declaredVetoes: declared }).filter((p) => p.code.startsWith("veto"));
      if (problems.length && recorded[0]?.outcome !== "ADOPTED")
        issue({
          ref: d.ref,
          year,
          sourceFile: declared.length ? d.declaredVetoes[0]!.file : primary!.file,
          sourceRow: declared.length ? d.declaredVetoes[0]!.row : primary!.row,
          kind: declared.length ? "veto-disagrees-with-grid" : "veto-not-in-veto-list",
          reason: declared.length
            ? `The veto list names ${declared.join(", ")}; the vote grid gives ${decision.vetoedBy.join(", ") || "no veto"}. The veto list is kept.`
            : `The vote grid shows a veto by ${decision.vetoedBy.join(", ")}, but no veto list records it; no veto is stored.`,
          evidence: { declared, computed: decision.vetoedBy, problems, tally: decision.tally },
        });
    }
  } else if (tally.yes !== null) {
    const decision = decideOutcomeFromTally({ date: ruleDate, procedural: d.procedural, yes: tally.yes, negativePermanentMembers: declared });
    outcome = recorded[0]?.outcome ?? decision.outcome;
  } else outcome = recorded[0]?.outcome ?? "FAILED";
  if (d.procedural && declared.length > 0) throw new Error(`${d.ref}: a procedural vote cannot carry a veto`);

  // ---- one issue per draft for all disagreements between sources ----
  if (disagreements.size > 0) {
    const keptFile = votedOn.file ?? primary?.file ?? recorded[0]?.file ?? [...d.rows.keys()][0]!;
    const others = [...disagreements.entries()].filter(([, x]) => Object.keys(x.fields).length || x.votes);
    if (others.length)
      issue({
        ref: d.ref,
        year,
        sourceFile: keptFile,
        sourceRow: d.rows.get(keptFile)?.[0] ?? d.ref,
        kind: "sources-disagree",
        reason:
          `Sources disagree on ${d.ref}: ${others
            .map(([f, x]) => `${f} (${[...Object.keys(x.fields), ...(x.votes ? ["member votes"] : [])].join(", ")})`)
            .join("; ")}. ` +
          `Kept: ${primary ? `votes from ${primary.file}` : modality}` +
          `${votedOn.file ? `, date from ${votedOn.file}` : ""}${symbol.file ? `, symbol from ${symbol.file}` : ""}.`,
        evidence: {
          kept: { votedOn: votedOn.value, meeting: meeting.value, symbol: symbol.value, votesFrom: primary?.file ?? null, modality },
          ...Object.fromEntries(others.map(([f, x]) => [f, { row: d.rows.get(f) ?? null, ...x }])),
        },
      });
  }

  if (votedOn.value === null) {
    const [file, rowIds] = [...d.rows.entries()][0]!;
    issue({
      ref: d.ref,
      year,
      sourceFile: file,
      sourceRow: rowIds[0]!,
      kind: "missing-date",
      reason: `No source gives the date of this vote; only the year (${year}) is known.`,
      evidence: { year, meeting: meeting.value },
    });
  }

  const topics = new Set(d.topics);
  for (const t of classifyText([d.agendaItem, ...d.topicTexts, d.title], year)) topics.add(t);

  const sources = new Map<string, string[]>();
  for (const [file, rowIds] of d.rows) sources.set(fileSourceKey(file), [rowIds.join(", ")]);
  for (const [key, notes] of d.sources) sources.set(key, [...(sources.get(key) ?? []), ...notes]);

  return {
    ref: d.ref,
    symbol: symbol.value,
    votedOn: votedOn.value,
    year,
    meeting: meeting.value,
    title: d.title,
    agendaItem: d.agendaItem,
    objectOfVote: d.objectOfVote,
    parentRef: d.parentRef,
    procedural: d.procedural,
    modality,
    outcome,
    resolutionNumber: d.resolutionNumber,
    tally,
    stated: unStated
      ? { yes: unStated.tally.yes!, no: unStated.tally.no!, abstain: unStated.tally.abstain!, from: unStated.from ?? fileSourceKey(unStated.file) }
      : null,
    tallyCheck,
    votesDerived,
    unconfirmed: false, // set once every source's kind is known
    votesComplete: complete,
    undlId: d.undlId,
    votes,
    vetoes: declared,
    topics: [...topics].sort(),
    penholders: [...d.penholders].sort(),
    sources: [...sources.entries()].map(([key, notes]) => ({ key, note: notes.filter(Boolean).join("; ") || null })),
    flagged: false, // set once all issues are known
  };
}

function fmt(t: Tally): string {
  return `${t.yes}-${t.no}-${t.abstain}${t.nonVoting ? `, ${t.nonVoting} not voting` : ""}`;
}
