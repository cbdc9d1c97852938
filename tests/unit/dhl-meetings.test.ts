// The UN Library's Meetings & Outcomes tables (data/dhl-meetings/): each outcome-cell shape found in
// the 78 year tables, the layouts (4, 5 and 7 columns, rowspans, continuation rows, no header), and
// facts checked against the real files.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isDhlYearTable, readDhlVetoTable, readDhlYearTable, type DhlMeetingRow, type DhlOutcome, type DhlProblem } from "@/lib/seed/readers/dhl-meetings";

// ---------------------------------------------------------------------------------------------
// Inline fragments

const HEAD4 = ["Meeting<br />Record", "Date", "Topic", "Security Council<br> Outcome / Vote"];
const HEAD5 = ["Meeting<br />Record", "Date", "Press<br />Release", "Topic", "Security Council<br> Outcome / Vote"];
const HEAD7 = [
  "Meeting<br />Record",
  "Date",
  "Recording",
  "Topic",
  "Letter with Vote Procedure / <br> Briefings",
  "Letter with Vote Outcome",
  "Security Council<br> Outcome / Vote",
];

function table(rows: string[][], headers: string[] | null = HEAD4, title = "in 1973"): string {
  const head = headers ? `<tr>${headers.map((h) => `<th>${h}</th>`).join("")}</tr>` : "";
  const body = rows.map((r) => `<tr>${r.map((c) => (c.startsWith("<t") ? c : `<td>${c}</td>`)).join("")}</tr>`);
  return (
    `<html><table class="tablefont"><tr><th colspan="5" class="tbltitle">Meetings conducted by the Security Council ${title}</th></tr>` +
    `${head}${body.join("\n")}</table></html>`
  );
}

/** One 4-column row around an outcome cell; the file name gives the year. */
function readCell(cell: string, year = 1973, date = "1 June") {
  const file = `scact${year}_table_en.html`;
  const { rows, problems } = readDhlYearTable(file, table([[link("S/PV.1"), date, "Topic", cell]]));
  expect(rows).toHaveLength(1);
  return { outcomes: rows[0]!.outcomes, problems, row: rows[0]! };
}
const outcomesOf = (cell: string, year?: number) => {
  const { outcomes, problems } = readCell(cell, year);
  expect(problems).toEqual([]);
  return outcomes;
};
const link = (symbol: string, href = symbol) => `<a target="_top" href="https://undocs.org/en/${href}">${symbol}</a>`;
const res = (number: number, year: number, tally: [number, number, number] | null, extra: object = {}) => ({
  kind: "resolution",
  number,
  year,
  tally: tally && { yes: tally[0], no: tally[1], abstain: tally[2] },
  withoutVote: false,
  ...extra,
});
const t = (yes: number, no: number, abstain: number) => ({ yes, no, abstain });

describe("outcome cells, one shape each", () => {
  it('"--" is no outcome, and no problem', () => {
    expect(outcomesOf("--")).toEqual([]);
  });

  it("a resolution with its tally", () => {
    expect(outcomesOf(`${link("S/RES/338 (1973)")}<br>14-0-0`)).toEqual([{ ...res(338, 1973, [14, 0, 0]), raw: "S/RES/338 (1973) 14-0-0" }]);
  });

  it.each([
    ["without vote", { withoutVote: true }],
    ["Without vote", { withoutVote: true }],
    ["without a vote", { withoutVote: true }],
    ["adopted unanimously", { adoptedAs: "unanimously" }],
    ["Adopted unanimously", { adoptedAs: "unanimously" }],
    ["adopted by consensus", { adoptedAs: "by consensus" }],
  ])('a resolution "%s": no tally, the wording kept', (wording, expected) => {
    const [o] = outcomesOf(`${link("S/RES/1 (1973)")} <br> ${wording}`);
    expect(o).toMatchObject({ ...res(1, 1973, null), ...expected, raw: `S/RES/1 (1973) ${wording}` });
  });

  it("a resolution without tally or wording (S/RES/2036 (2012))", () => {
    expect(outcomesOf(link("S/RES/2036 (2012)"), 2012)).toEqual([{ ...res(2036, 2012, null), raw: "S/RES/2036 (2012)" }]);
  });

  it("several resolutions, joined by line breaks, '+', 'and', or nothing at all", () => {
    const cell =
      `</br> </br>${link("S/RES/1956 (2010)")}<br>15-0-0 +<br>${link("S/RES/1957 (2010)")}<br>14-0-1 +` +
      `${link("S/PRST/2010/27")} and <br>${link("S/RES/1958(2010)")}<br>without vote${link("S/RES/1959 (2010)")} 15-0-0S/PRST/2010/28`;
    expect(outcomesOf(cell, 2010)).toEqual([
      { ...res(1956, 2010, [15, 0, 0]), raw: "S/RES/1956 (2010) 15-0-0" },
      { ...res(1957, 2010, [14, 0, 1]), raw: "S/RES/1957 (2010) 14-0-1" },
      { kind: "other", raw: "S/PRST/2010/27" },
      { ...res(1958, 2010, null), withoutVote: true, raw: "S/RES/1958(2010) without vote" },
      { ...res(1959, 2010, [15, 0, 0]), raw: "S/RES/1959 (2010) 15-0-0" },
      { kind: "other", raw: "S/PRST/2010/28" },
    ]);
  });

  it("a tally binds only to the outcome right before it (S/RES/2082 and S/RES/2083 (2012) 15-0-0)", () => {
    const [a, b] = outcomesOf(`${link("S/RES/2082 (2012)")} and<br>${link("S/RES/2083 (2012)")}<br>15-0-0`, 2012);
    expect(a).toMatchObject({ number: 2082, tally: null });
    expect(b).toMatchObject({ number: 2083, tally: t(15, 0, 0) });
  });

  it("a parenthesized remark after a tally is the outcome's note", () => {
    const [a] = outcomesOf(`${link("S/RES/1287 (2000)")}<br>14-0-0 (1 absent)`, 2000);
    expect(a).toMatchObject({ tally: t(14, 0, 0), note: "(1 absent)", raw: "S/RES/1287 (2000) 14-0-0 (1 absent)" });
    const [b] = outcomesOf(`${link("S/RES/1483 (2003)")}<br>14-0-0<br>(The Syrian Arab Republic did not participate in the voting.)`, 2003);
    expect(b).toMatchObject({ tally: t(14, 0, 0), note: "(The Syrian Arab Republic did not participate in the voting.)" });
  });

  it.each([
    ["Draft resolution S/10974 vetoed by<br> USA<br>13-1-0", "S/10974", ["USA"], t(13, 1, 0)],
    ["Draft resolution<a>S/1995/394</a>vetoed by USA<br>14-1-0", "S/1995/394", ["USA"], t(14, 1, 0)],
    ["Draft Resolution S/20945/Rev.1 vetoed by USA<br>14-1-0", "S/20945/Rev.1", ["USA"], t(14, 1, 0)],
    ["Draft resolution S/ 10931 /Rev.1 vetoed by<br>USA<br>13-1-1", "S/10931/Rev.1", ["USA"], t(13, 1, 1)],
    ["Draft resolution S/9976 vetoed<br>by UK<br>12-1-2", "S/9976", ["GBR"], t(12, 1, 2)],
    ["Draft resolution S/2008/447 vetoed by China and Russian Federation<br>9-5-1", "S/2008/447", ["CHN", "RUS"], t(9, 5, 1)],
    ["Draft resolution S/2019/961 vetoed by Russian Federation and China<br>13-2-0", "S/2019/961", ["RUS", "CHN"], t(13, 2, 0)],
    ["Draft resolution S/2015/508 vetoed by the Russian Federation<br>10-1-4", "S/2015/508", ["RUS"], t(10, 1, 4)],
    ["Draft resolution S/2011/24 vetoed by the United States<br>14-1-0", "S/2011/24", ["USA"], t(14, 1, 0)],
    ["Draft resolution S/2018/516<br>vetoed by United States<br>10-1-4", "S/2018/516", ["USA"], t(10, 1, 4)],
    ["S/2020/667<br>vetoed by China, Russian Federation<br>13-2-0", "S/2020/667", ["CHN", "RUS"], t(13, 2, 0)],
    ["Draft resolution S/11543 vetoed by<br>USA, France and UK<br>10-3-2", "S/11543", ["USA", "FRA", "GBR"], t(10, 3, 2)],
    ["Draft resolution S/1 vetoed by France, United Kingdom and United States 10-3-2", "S/1", ["FRA", "GBR", "USA"], t(10, 3, 2)],
    ["Draft Resolution S/21048 vetoed by France, UK, USA<br>10-4-1", "S/21048", ["FRA", "GBR", "USA"], t(10, 4, 1)],
    ["Draft resolution S/2012/538 vetoed by China and Russian Federation 11-2-2", "S/2012/538", ["CHN", "RUS"], t(11, 2, 2)],
    ["Draft resolution (S/2014/189) vetoed by Russian Federation<br>13-1-1", "S/2014/189", ["RUS"], t(13, 1, 1)],
  ])("vetoed: %s", (cell, symbol, vetoedBy, tally) => {
    const year = Number(/S\/(\d{4})\//.exec(symbol)?.[1] ?? 1980); // the symbol's year, else a fifteen-member year
    const [o, ...rest] = outcomesOf(cell, year);
    expect(rest).toEqual([]);
    expect(o).toMatchObject({ kind: "vetoed", symbol, vetoedBy, tally });
  });

  it('"and Corr.1", "& Add.1" and "(as amended)" stay in raw, not in the symbol', () => {
    const [a] = outcomesOf("Draft resolution S/9696 and<br>Corr.1 and<br>Corr.2 vetoed by UK and USA<br>9-2-4", 1970);
    expect(a).toEqual({
      kind: "vetoed",
      symbol: "S/9696",
      vetoedBy: ["GBR", "USA"],
      tally: t(9, 2, 4),
      raw: "Draft resolution S/9696 and Corr.1 and Corr.2 vetoed by UK and USA 9-2-4",
    });
    const [b] = outcomesOf("Draft resolutions S/507 &<br>Add.1 &<br>S/516 not adopted<br>6-1-3", 1947);
    expect(b).toMatchObject({ kind: "not-adopted", symbol: "S/507", otherSymbols: ["S/516"], tally: t(6, 1, 3) });
    const [c] = outcomesOf("Draft resolution S/6113 (as amended) vetoed by<br>USSR 8-3-0", 1964);
    expect(c).toMatchObject({ kind: "vetoed", symbol: "S/6113", vetoedBy: ["SUN"], amended: true, tally: t(8, 3, 0) });
    // The amendment's own symbol, in parentheses, is not a further draft.
    const [d] = outcomesOf("Draft resolution S/3995 (incorporating amendment offered by Sweden in S/3998) vetoed by USSR<br>10-1-0", 1958);
    expect(d).toMatchObject({ symbol: "S/3995", amended: true });
    expect(d).not.toHaveProperty("otherSymbols");
  });

  it.each([
    ["Draft resolution S/2017/968 not adopted 4-7-4", "S/2017/968", t(4, 7, 4)],
    ["S/2018/520 not adopted<br>1-3-11", "S/2018/520", t(1, 3, 11)],
    ["S/2020/1054<br>not adopted<br>5-0-10", "S/2020/1054", t(5, 0, 10)],
    ["Draft resolution S/2022/231 was not adopted<br>2-0-13", "S/2022/231", t(2, 0, 13)],
    ["Draft resolution (S/2013/660) not adopted<br>7-0-8", "S/2013/660", t(7, 0, 8)],
  ])("not adopted: %s", (cell, symbol, tally) => {
    expect(outcomesOf(cell, 2018)).toEqual([{ kind: "not-adopted", symbol, tally, raw: expect.any(String) }]);
  });

  it("an amendment put to the vote is marked as one (none appear in the tables so far)", () => {
    expect(outcomesOf("Amendment S/3998 not adopted<br>5-0-6<br>Draft resolution S/3995 vetoed by USSR 10-1-0", 1958)).toEqual([
      { kind: "not-adopted", symbol: "S/3998", amendment: true, tally: t(5, 0, 6), raw: "Amendment S/3998 not adopted 5-0-6" },
      { kind: "vetoed", symbol: "S/3995", vetoedBy: ["SUN"], tally: t(10, 1, 0), raw: "Draft resolution S/3995 vetoed by USSR 10-1-0" },
    ]);
  });

  it("drafts named by their meeting record (1946-1948) carry the record, not a symbol", () => {
    const cell =
      "Draft resolution S/PV.57 (Transjordan) vetoed by USSR 8-2-1<br>Draft resolution S/PV.57 (Ireland) vetoed by USSR 9-1-1<br>" +
      `${link("S/RES/8 (1946)")}<br>10-0-1<br>Draft resolution S/PV.23 vetoed by USSR`;
    expect(outcomesOf(cell, 1946)).toEqual([
      {
        kind: "vetoed",
        symbol: null,
        record: "S/PV.57",
        vetoedBy: ["SUN"],
        tally: t(8, 2, 1),
        raw: "Draft resolution S/PV.57 (Transjordan) vetoed by USSR 8-2-1",
      },
      { kind: "vetoed", symbol: null, record: "S/PV.57", vetoedBy: ["SUN"], tally: t(9, 1, 1), raw: "Draft resolution S/PV.57 (Ireland) vetoed by USSR 9-1-1" },
      { ...res(8, 1946, [10, 0, 1]), raw: "S/RES/8 (1946) 10-0-1" },
      { kind: "vetoed", symbol: null, record: "S/PV.23", vetoedBy: ["SUN"], tally: null, raw: "Draft resolution S/PV.23 vetoed by USSR" },
    ]);
  });

  it("several drafts and resolutions in one cell, in order; a draft without tally before one with", () => {
    const cell =
      `${link("S/RES/63 (1948)")}<br>7-0-4<br> <br>Draft resolution S/1148 and Corr.1 not adopted<br>` +
      "Draft resolution S/1149 not adopted<br>6-0-5<br><br>Draft resolution S/1752 vetoed by USSR<br>7-1-2";
    expect(outcomesOf(cell, 1948).map((o) => [o.kind, "symbol" in o ? o.symbol : null, "tally" in o ? o.tally : null])).toEqual([
      ["resolution", null, t(7, 0, 4)],
      ["not-adopted", "S/1148", null],
      ["not-adopted", "S/1149", t(6, 0, 5)],
      ["vetoed", "S/1752", t(7, 1, 2)],
    ]);
  });

  it.each([
    ["S/PRST/1994/82", 1994],
    ["S/11229 (PRST)", 1974],
    ["S/PV.1603 (PRST)", 1971],
    ["S/13900 (PRST) and<br>Corr.1", 1980],
    ["PRST unnumbered", 1954],
    ["Communiqué", 1947],
    ["Note (S/1994/1176)", 1994],
    ["Letter(S/2005/703)", 2005],
    ["Election of Mr. Jessup (USA), Mr. Koretsky (USSR), Mr. Morelli (Italy) and Mr. Tanaka (Japan)", 1960],
    ["Referral to the Committee on the Admission of New Members", 1999],
  ])("not a vote, and no problem: %s", (cell, year) => {
    expect(outcomesOf(cell, year)).toEqual([{ kind: "other", raw: cell.replace(/<br>/g, " ") }]);
  });

  it("a presidential statement or communiqué beside a resolution is its own outcome", () => {
    expect(outcomesOf(`Communiqu&eacute; and<br>${link("S/RES/1987 (2011)")}`, 2011)).toEqual([
      { kind: "other", raw: "Communiqué" },
      { ...res(1987, 2011, null), raw: "S/RES/1987 (2011)" },
    ]);
    expect(outcomesOf(`${link("S/PRST/2010/30")} and<br>${link("S/RES/1965 (2010)")}<br>15-0-0`, 2010)).toEqual([
      { kind: "other", raw: "S/PRST/2010/30" },
      { ...res(1965, 2010, [15, 0, 0]), raw: "S/RES/1965 (2010) 15-0-0" },
    ]);
  });
});

describe("outcome cells that are problems", () => {
  const expectProblem = (cell: string, year: number, expected: RegExp, value?: string) => {
    const { problems, outcomes } = readCell(cell, year);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `scact${year}_table_en.html`, row: 1, cell: "outcome" });
    expect(problems[0]!.expected).toMatch(expected);
    if (value !== undefined) expect(problems[0]!.value).toBe(value);
    return outcomes;
  };

  it("a tally with no outcome before it (S/PV.8823, 2021: '2-0-13') is kept as 'other' and reported", () => {
    expect(expectProblem("2-0-13", 2021, /tally right after/, "2-0-13")).toEqual([{ kind: "other", raw: "2-0-13" }]);
  });

  it("a text that speaks of a vote but is no readable outcome", () => {
    const outcomes = expectProblem("Draft resolution S/1 put to the vote, result unclear", 1973, /resolution, a vetoed or not adopted/);
    expect(outcomes).toEqual([{ kind: "other", raw: "Draft resolution S/1 put to the vote, result unclear" }]);
  });

  it("an adopted amendment (no outcome kind of its own) is reported, not passed as 'other'", () => {
    const { problems, outcomes } = readCell("Amendment S/3998 adopted 9-0-2", 1958);
    expect(outcomes).toEqual([
      { kind: "other", raw: "Amendment S/3998 adopted" },
      { kind: "other", raw: "9-0-2" },
    ]);
    expect(problems.map((p) => p.expected)).toEqual([
      "a resolution, a vetoed or not adopted draft, or a tally",
      "a tally right after the resolution or draft it belongs to",
    ]);
  });

  it("a member name that maps to no permanent member", () => {
    const outcomes = expectProblem("Draft resolution S/1 vetoed by USA and Narnia 13-2-0", 1973, /permanent member/, "Narnia");
    expect(outcomes[0]).toMatchObject({ kind: "vetoed", vetoedBy: ["USA"] });
  });

  it("the USSR after 24 December 1991, the Russian Federation before", () => {
    expectProblem("Draft resolution S/1 vetoed by USSR 14-1-0", 2000, /USSR before/, "USSR");
    expectProblem("Draft resolution S/1 vetoed by Russian Federation 14-1-0", 1985, /Russian Federation from/, "Russian Federation");
  });

  it.each([
    ["S/RES/1 (1973) 15-0-1", 1973, /at most 15 votes/],
    ["S/RES/1 (1960) 9-0-3", 1960, /at most 11 votes/],
    ["S/RES/1 (1973) 8-0-7", 1973, /at least 9 votes in favour/],
    ["S/RES/1 (1960) 6-0-5", 1960, /at least 7 votes in favour/],
    ["Draft resolution S/2022/431 vetoed by China, Russian Federation 13-0-2", 2022, /at least 2 negative/],
    ["Draft resolution S/10768 vetoed by USSR 3-3-9", 1972, /at least 9 votes in favour for a veto/],
    ["Draft resolution S/1 not adopted 10-0-5", 1990, /draft not adopted/],
    ["S/RES/207 (1964) 11-0-0", 1965, /resolution of 1965/],
  ])("a tally or symbol that cannot be right: %s", (cell, year, expected) => {
    const outcomes = expectProblem(cell, year, expected);
    expect(outcomes).toHaveLength(1); // kept as the Library states it
  });
});

describe("rows: meeting, date, press release, agenda", () => {
  const read = (cells: string[], year = 2015, headers = HEAD5) => readDhlYearTable(`scact${year}_table_en.html`, table([cells], headers));

  it("the 5-column layout with press releases", () => {
    const { rows, problems } = read([
      `<a target="_top" href="https://undocs.org/en/S/PV.7598">S/PV.7598 </a>`,
      "23 December ",
      `<a href="http://www.un.org/press/en/2015/sc12185.doc.htm">SC/12185</a>`,
      "The situation in Libya ",
      `${link("S/RES/2259 (2015)")}<br>\n      15-0-0`,
    ]);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        file: "scact2015_table_en.html",
        row: 1,
        meeting: "S/PV.7598",
        meetingNote: null,
        writtenProcedure: false,
        letters: [],
        date: "2015-12-23",
        pressReleases: ["SC/12185"],
        agenda: "The situation in Libya",
        agendaItems: ["The situation in Libya"],
        outcomes: [{ ...res(2259, 2015, [15, 0, 0]), raw: "S/RES/2259 (2015) 15-0-0" }],
      },
    ]);
  });

  it.each([
    [link("S/PV.1152", "S/PV.1152(OR)"), "S/PV.1152", null],
    [`<a href="x">S/PV.223 <br>(closed)</a>`, "S/PV.223", "(closed)"],
    [`${link("S/PV.3714")}(closed)`, "S/PV.3714", "(closed)"],
    ["S/PV.11<br>closed", "S/PV.11", "closed"],
    [`<a href="x">S/PV.3454 (Resumption 2)</a>`, "S/PV.3454", "(Resumption 2)"],
    [`<a href="x">S/PV.4046\n      (Resumption 2)</a>`, "S/PV.4046", "(Resumption 2)"],
    ["S/PV.9042 Resumption 1)", "S/PV.9042", "Resumption 1)"],
    [`${link("S/PV.3434")}+${link("Corr.1", "S/PV.3434/Corr.1")}`, "S/PV.3434", "+Corr.1"],
    ["S/ PV. 1754 ", "S/PV.1754", null],
    ["S/PV.2970 (PartI)<br>S/PV.2970 (PartII)", "S/PV.2970", "(PartI) S/PV.2970 (PartII)"],
  ])("meeting cell %j", (cell, meeting, meetingNote) => {
    const { rows, problems } = read([cell, "1 June", "None issued", "Topic", "--"]);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ meeting, meetingNote, pressReleases: [] });
  });

  it("a meeting cell with two different records, or none, is a problem", () => {
    expect(read(["S/PV.1 S/PV.2", "1 June", "", "Topic", "--"]).problems).toMatchObject([
      { row: 1, cell: "meeting", value: "S/PV.1 S/PV.2", expected: "one meeting record" },
    ]);
    const none = read(["--", "1 June", "", "Topic", "--"]);
    expect(none.problems).toEqual([]); // "--": no meeting, said plainly
    expect(none.rows[0]).toMatchObject({ meeting: null, writtenProcedure: false }); // no letter columns
    expect(read(["Meeting 12", "1 June", "", "Topic", "--"]).problems).toMatchObject([{ cell: "meeting", value: "Meeting 12" }]);
  });

  it.each([
    ["31 December ", "1973-12-31", undefined],
    ["05 October", "1973-10-05", undefined],
    ["15 Sep.", "1973-09-15", undefined],
    ["14-15 October ", "1973-10-14", "1973-10-15"],
    ["22/23 November", "1973-11-22", "1973-11-23"],
    ["29 + 30 March", "1973-03-29", "1973-03-30"],
    ["3 June 1972", "1972-06-03", undefined],
  ])("date %j", (cell, date, endDate) => {
    const { rows, problems } = read(["S/PV.1", cell, "", "Topic", "--"], 1973);
    expect(problems).toEqual([]);
    expect(rows[0]!.date).toBe(date);
    expect(rows[0]!.endDate).toBe(endDate);
  });

  it.each([
    ["31 June", /exists/],
    ["29 February", /exists/], // 1973 is no leap year
    ["15 Decembre", /month/],
    ["", /date such as/],
    ["December 15", /date such as/],
  ])("date %j is a problem, and the date null", (cell, expected) => {
    const { rows, problems } = read(["S/PV.1", cell, "", "Topic", "--"], 1973);
    expect(rows[0]!.date).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 1, cell: "date", value: cell });
    expect(problems[0]!.expected).toMatch(expected);
  });

  it.each([
    ["SC/12189", ["SC/12189"]],
    ["sc/12189", ["SC/12189"]],
    ["SC/ 6122/Rev.1", ["SC/6122/Rev.1"]],
    [`${link("SC/6303")}+${link("Corr.1")}<br>`, ["SC/6303"]],
    ["SC/5934 + Corr.1", ["SC/5934"]],
    ["SC/6490+SC/6491+Corr.1", ["SC/6490", "SC/6491"]],
    ["SG/2030-SC/6292", ["SG/2030", "SC/6292"]],
    ["SC/6922<br>(not posted)", ["SC/6922"]],
    ["None issued", []],
    ["--", []],
    ["", []],
  ])("press release cell %j", (cell, pressReleases) => {
    const { rows, problems } = read(["S/PV.1", "1 June", cell, "Topic", "--"]);
    expect(problems).toEqual([]);
    expect(rows[0]!.pressReleases).toEqual(pressReleases);
  });

  it("a press release cell with no symbol is a problem", () => {
    expect(read(["S/PV.1", "1 June", "to follow", "Topic", "--"]).problems).toMatchObject([{ row: 1, cell: "pressRelease", value: "to follow" }]);
  });

  it("agenda items split at line breaks (<br>, </br>), the agenda text collapsed", () => {
    const { rows } = read(["S/PV.84", "16 December", "", "Australian proposal </br> </br>Greek  complaint\n\t\t(S/196) ", "--"]);
    expect(rows[0]).toMatchObject({
      agenda: "Australian proposal Greek complaint (S/196)",
      agendaItems: ["Australian proposal", "Greek complaint (S/196)"],
    });
  });
});

describe("layouts", () => {
  it("rowspans (1947): one row per agenda item, meeting and date shared, `continued` set", () => {
    const html = table(
      [
        [`<th rowspan="3"><a href="x"><p><span>S/PV.224</span></p></th></a>`, `<th rowspan="3"><p>19 December</p></th>`, "The Indonesian question", "--"],
        ["The Committee of Experts", `${link("S/RES/37 (1947)")}<br>11-0-0`],
        ["Voting procedure", "--"],
        [link("S/PV.223"), "18 December", "Trieste", "Communiqué"],
      ],
      HEAD4,
      "in 1947",
    );
    const { rows, problems } = readDhlYearTable("scact1947_table_en.html", html);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.row, r.meeting, r.date, r.agenda, r.outcomes.length, r.continued ?? false])).toEqual([
      [1, "S/PV.224", "1947-12-19", "The Indonesian question", 0, false],
      [2, "S/PV.224", "1947-12-19", "The Committee of Experts", 1, true],
      [3, "S/PV.224", "1947-12-19", "Voting procedure", 0, true],
      [4, "S/PV.223", "1947-12-18", "Trieste", 1, false],
    ]);
  });

  it("empty meeting and date cells (1948) continue the meeting above", () => {
    const html = table([
      [link("S/PV.396"), "29 December", "The Indonesian question", "--"],
      ["", "", "The Palestine question", `${link("S/RES/66 (1948)", "S/RES/66(1948)")}<br>8-0-3`],
    ]);
    const { rows, problems } = readDhlYearTable("scact1948_table_en.html", html);
    expect(problems).toEqual([]);
    expect(rows[1]).toMatchObject({ row: 2, meeting: "S/PV.396", date: "1948-12-29", continued: true });
    expect(rows[1]!.outcomes).toEqual([{ ...res(66, 1948, [8, 0, 3]), raw: "S/RES/66 (1948) 8-0-3" }]);
  });

  it("the 7-column tables of 2020-2021: letters, written procedure without a meeting", () => {
    const html = table(
      [
        [
          "--",
          "29 December ",
          `<a href="w">Webcast</a>`,
          "Terrorist acts ",
          link("S/2020/1311"),
          link("S/2020/1305"),
          `${link("S/RES/2560 (2020)")}<br> 15-0-0`,
        ],
        ["--", "21 December ", "--", "Rule of law", "--", "--", link("S/PRST/2020/13")],
        [link("S/PV.8778"), "7 December ", `<a href="w">Webcast</a>`, "DRC", "--", "--", "--"],
      ],
      HEAD7,
      "in 2021", // the covid table's title names the wrong year: the file name rules
    );
    const { rows, problems } = readDhlYearTable("scact2020_covid_table_en.html", html);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      meeting: null,
      writtenProcedure: true,
      letters: ["S/2020/1311", "S/2020/1305"],
      procedureLetters: ["S/2020/1311"],
      outcomeLetters: ["S/2020/1305"],
      date: "2020-12-29",
      pressReleases: [],
      agenda: "Terrorist acts",
      outcomes: [{ kind: "resolution", number: 2560, tally: t(15, 0, 0) }],
    });
    expect(rows[1]).toMatchObject({ meeting: null, writtenProcedure: true, letters: [], outcomes: [{ kind: "other", raw: "S/PRST/2020/13" }] });
    expect(rows[2]).toMatchObject({ meeting: "S/PV.8778", writtenProcedure: false, letters: [], outcomes: [] });
  });

  it("columns in another order are found by their header text", () => {
    const html = table(
      [["Topic A", "SC/1", `${link("S/RES/1 (2015)")} 15-0-0`, "2 May", link("S/PV.9")]],
      ["Topic", "Press Release", "Security Council Outcome / Vote", "Date", "Meeting Record"],
    );
    const { rows, problems } = readDhlYearTable("scact2015_table_en.html", html);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ meeting: "S/PV.9", date: "2015-05-02", pressReleases: ["SC/1"], agenda: "Topic A", outcomes: [{ number: 1 }] });
  });

  it("without a header row, columns are found by what the cells hold (and that is reported)", () => {
    const html = table(
      [
        [link("S/PV.2"), "3 May", "SC/2", "A long topic about the situation", "--"],
        [link("S/PV.1"), "2 May", "SC/1", "Another long topic", `${link("S/RES/1 (2015)")} 15-0-0`],
      ],
      null,
    );
    const { rows, problems } = readDhlYearTable("scact2015_table_en.html", html);
    expect(problems).toMatchObject([{ row: 0, cell: "header" }]);
    expect(rows.map((r) => [r.meeting, r.date, r.pressReleases, r.agenda, r.outcomes.length])).toEqual([
      ["S/PV.2", "2015-05-03", ["SC/2"], "A long topic about the situation", 0],
      ["S/PV.1", "2015-05-02", ["SC/1"], "Another long topic", 1],
    ]);
  });

  it("note rows spanning the table and empty rows are not data rows; numbering skips them", () => {
    const html = table(
      [
        [`<td colspan="6"><strong>Document links</strong> will work once published.</td>`],
        [link("S/PV.2"), "30 June", "SC/2", "Topic", "--"],
        [],
        [link("S/PV.1"), "29 June", "SC/1", "Topic", "--"],
      ],
      HEAD5,
    );
    const { rows, problems } = readDhlYearTable("scact2022_table_en.html", html);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.row, r.meeting])).toEqual([
      [1, "S/PV.2"],
      [2, "S/PV.1"],
    ]);
  });

  it("a short row (1961: no outcome cell) and an extra cell (1964) are problems", () => {
    const html = table([
      [link("S/PV.969"), "26 September", "Admission of new Members"],
      [link("S/PV.1152"), "17 September", "Complaint by Malaysia", "Draft resolution S/5973 vetoed by<br> USSR 9-2-0", "--"],
    ]);
    const { rows, problems } = readDhlYearTable("scact1964_table_en.html", html);
    expect(problems).toMatchObject([
      { row: 1, cell: "outcome", value: "" },
      { row: 2, cell: "row", value: "--", expected: "at most 4 cells" },
    ]);
    expect(rows[0]!.outcomes).toEqual([]);
    expect(rows[1]!.outcomes).toMatchObject([{ kind: "vetoed", symbol: "S/5973", vetoedBy: ["SUN"], tally: t(9, 2, 0) }]);
  });

  it("a resolution (or a draft's vote) listed in two rows is reported on both", () => {
    const html = table(
      [
        [link("S/PV.6576"), "8 July", "SC/10314", "Sudan", `${link("S/RES/1996 (2011)")}<br>15-0-0`],
        [link("S/PV.6576"), "8 July", "SC/10314", "Sudan", `${link("S/RES/1996 (2011)")}<br>15-0-0`],
        [link("S/PV.6575"), "7 July", "SC/1", "X", "Draft resolution S/1 not adopted 4-0-11"],
        [link("S/PV.6574"), "6 July", "SC/2", "X", "Draft resolution S/1 not adopted 5-0-10"], // voted twice: fine
      ],
      HEAD5,
    );
    const { problems } = readDhlYearTable("scact2011_table_en.html", html);
    expect(problems.map((p) => [p.row, p.value, p.expected])).toEqual([
      [1, "S/RES/1996 (2011)", "one row for this vote (it is also in row 2)"],
      [2, "S/RES/1996 (2011)", "one row for this vote (it is also in row 1)"],
    ]);
  });

  it("a page without a readable table, and a file name without a year", () => {
    expect(readDhlYearTable("scact1973_table_en.html", "<p>Not found</p>").problems).toMatchObject([{ row: 0, cell: "table" }]);
    expect(readDhlYearTable("meetings.html", table([[link("S/PV.1"), "1 June", "Topic", "--"]])).problems).toMatchObject([
      { row: 0, cell: "file" },
      { row: 1, cell: "date" },
    ]);
  });
});

describe("the veto list (fragments)", () => {
  const VETO_HEAD = ["Date", "Draft", "Written<br>Record", "Agenda Item", "Permanent<br>Member Casting<br>Negative Vote"];
  const read = (rows: string[][]) => {
    const html = table(rows, VETO_HEAD).replace(
      "<tr><th>Date",
      `<tr><td colspan="7" class="title">Prepared and maintained by the Dag Hammarskjöld Library.</td><tr><th>Date`,
    );
    return readDhlVetoTable("scact_veto_table_en.html", html);
  };

  it("reads each shape of draft, record and member cell", () => {
    const { rows, problems } = read([
      ["26 May 2022", link("S/2022/431"), link("S/PV.9048"), "Non-proliferation", "China</br>Russian Federation"],
      ["31 August 2020", link("S/2020/852"), `${link("S/2020/870")}</a><br>${link("S/2020/865")}`, "Terrorism", "USA"],
      ["14-15 December 2001", link("S/2001/1199"), link("S/PV.4438"), "Middle East", "USA"],
      ["17 March 1970", `${link("S/9696")} and Corr.1 &amp; 2`, link("S/PV.1534"), "Southern Rhodesia", "UK<br>USA"],
      ["21 December 1964", `${link("S/6113", "S/6113 as amended")} (as amended)`, link("S/PV.1182", "S/PV.1182(OR)"), "Palestine", "USSR"],
      ["26 June 1946", link("S/PV.49"), link("S/PV.49"), "The Spanish question<br>preliminary question", "France, USSR"],
      ["18 June 1946", link("S/PV.45"), link("S/PV.47"), "The Spanish question", "USSR"],
    ]);
    expect(problems).toEqual([]);
    expect(rows.map(({ file, agenda, ...r }) => r)).toEqual([
      { row: 1, date: "2022-05-26", draft: "S/2022/431", meeting: "S/PV.9048", members: ["CHN", "RUS"], rawMembers: "China\nRussian Federation" },
      { row: 2, date: "2020-08-31", draft: "S/2020/852", meeting: null, members: ["USA"], rawMembers: "USA", letters: ["S/2020/870", "S/2020/865"] },
      { row: 3, date: "2001-12-14", endDate: "2001-12-15", draft: "S/2001/1199", meeting: "S/PV.4438", members: ["USA"], rawMembers: "USA" },
      { row: 4, date: "1970-03-17", draft: "S/9696", meeting: "S/PV.1534", members: ["GBR", "USA"], rawMembers: "UK\nUSA" },
      { row: 5, date: "1964-12-21", draft: "S/6113", amended: true, meeting: "S/PV.1182", members: ["SUN"], rawMembers: "USSR" },
      { row: 6, date: "1946-06-26", draft: null, draftRecord: "S/PV.49", meeting: "S/PV.49", members: ["FRA", "SUN"], rawMembers: "France, USSR" },
      { row: 7, date: "1946-06-18", draft: null, draftRecord: "S/PV.45", meeting: "S/PV.47", members: ["SUN"], rawMembers: "USSR" },
    ]);
    expect(rows[5]!.agenda).toBe("The Spanish question preliminary question");
  });

  it("reports a two-digit year, an unknown member, a missing record", () => {
    const { rows, problems } = read([
      ["30 January 86", link("S/17769/Rev.1"), link("S/PV.2650"), "Occupied territories", "USA"],
      ["3 March 1990", link("S/1"), "--", "X", "USA<br>Atlantis"],
    ]);
    expect(rows[0]!.date).toBeNull();
    expect(rows[1]!.members).toEqual(["USA"]);
    expect(problems.map((p) => [p.row, p.cell, p.value])).toEqual([
      [1, "date", "30 January 86"],
      [2, "meeting", "--"],
      [2, "members", "Atlantis"],
    ]);
  });
});

describe("isDhlYearTable", () => {
  it.each([
    ["scact1946_table_en.html", true],
    ["scact2022_table_en.html", true],
    ["scact2020_covid_table_en.html", true],
    ["data/dhl-meetings/scact1973_table_en.html", true],
    ["scact_veto_table_en.html", false],
    ["scact1973_table_fr.html", false],
    ["README.md", false],
  ])("%s → %s", (name, expected) => {
    expect(isDhlYearTable(name)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// The real files

const DIR = new URL("../../data/dhl-meetings/", import.meta.url);
const YEAR_FILES = readdirSync(DIR).filter(isDhlYearTable).sort();
const READ = YEAR_FILES.map((f) => readDhlYearTable(f, readFileSync(new URL(f, DIR), "utf8")));
const ROWS: DhlMeetingRow[] = READ.flatMap((r) => r.rows);
const PROBLEMS: DhlProblem[] = READ.flatMap((r) => r.problems);
const OUTCOMES = ROWS.flatMap((r) => r.outcomes.map((o) => ({ row: r, o })));
const VETO = readDhlVetoTable("scact_veto_table_en.html", readFileSync(new URL("scact_veto_table_en.html", DIR), "utf8"));

const find = (file: string, pred: (o: DhlOutcome) => boolean) => {
  const hits = OUTCOMES.filter(({ row, o }) => row.file === file && pred(o));
  expect(hits).toHaveLength(1);
  return hits[0]!;
};

describe("the Library's year tables (data/dhl-meetings/)", () => {
  it("has 78 year tables, 1946-2022 plus the 2020 written-procedure table", () => {
    expect(YEAR_FILES).toHaveLength(78);
    expect(YEAR_FILES[0]).toBe("scact1946_table_en.html");
    expect(YEAR_FILES).toContain("scact2020_covid_table_en.html");
    expect(YEAR_FILES.at(-1)).toBe("scact2022_table_en.html");
  });

  it("1973: S/RES/338 (1973) 14-0-0 at S/PV.1747, 21 October; S/10974 vetoed by the USA 13-1-0 at S/PV.1735", () => {
    const r338 = find("scact1973_table_en.html", (o) => o.kind === "resolution" && o.number === 338);
    expect(r338.o).toMatchObject({ year: 1973, tally: t(14, 0, 0), withoutVote: false });
    expect(r338.row).toMatchObject({ meeting: "S/PV.1747", date: "1973-10-21" });
    const veto = find("scact1973_table_en.html", (o) => o.kind === "vetoed" && o.symbol === "S/10974");
    expect(veto.o).toMatchObject({ vetoedBy: ["USA"], tally: t(13, 1, 0) });
    expect(veto.row).toMatchObject({ meeting: "S/PV.1735", date: "1973-07-26" });
  });

  it("2015: S/PV.7598 has SC/12185 and S/RES/2259 (2015) 15-0-0", () => {
    const row = ROWS.find((r) => r.meeting === "S/PV.7598")!;
    expect(row).toMatchObject({ file: "scact2015_table_en.html", date: "2015-12-23", pressReleases: ["SC/12185"] });
    expect(row.outcomes).toEqual([{ ...res(2259, 2015, [15, 0, 0]), raw: "S/RES/2259 (2015) 15-0-0" }]);
  });

  it("2017: S/2017/962 vetoed by the Russian Federation 11-2-2, then S/2017/968 not adopted 4-7-4 (S/PV.8105)", () => {
    const row = ROWS.find((r) => r.meeting === "S/PV.8105")!;
    expect(row.outcomes).toMatchObject([
      { kind: "vetoed", symbol: "S/2017/962", vetoedBy: ["RUS"], tally: t(11, 2, 2) },
      { kind: "not-adopted", symbol: "S/2017/968", tally: t(4, 7, 4) },
    ]);
  });

  it("2018: 'S/2018/520 not adopted 1-3-11' without the words 'Draft resolution'", () => {
    expect(find("scact2018_table_en.html", (o) => o.kind === "not-adopted" && o.symbol === "S/2018/520").o).toMatchObject({
      tally: t(1, 3, 11),
      raw: "S/2018/520 not adopted 1-3-11",
    });
  });

  it("2020: meetings by written procedure have letters and no meeting record", () => {
    const covid = ROWS.filter((r) => r.file === "scact2020_covid_table_en.html");
    expect(covid.length).toBeGreaterThan(70);
    expect(covid[0]).toMatchObject({ meeting: null, writtenProcedure: true, date: "2020-12-29", letters: ["S/2020/1311", "S/2020/1305"] });
    expect(ROWS.filter((r) => r.writtenProcedure).every((r) => r.meeting === null && r.procedureLetters !== undefined)).toBe(true);
    // Every row without a meeting record is one of these; every other row names its meeting.
    expect(ROWS.filter((r) => r.meeting === null).every((r) => r.writtenProcedure)).toBe(true);
  });

  it("every row has a date and an agenda", () => {
    expect(ROWS.filter((r) => r.date === null)).toEqual([]);
    expect(ROWS.filter((r) => r.agenda === "")).toEqual([]);
    expect(ROWS.every((r) => r.date!.startsWith(r.file.slice(5, 9)))).toBe(true);
  });

  it("the counts over all year tables", () => {
    const kinds = (k: DhlOutcome["kind"]) => OUTCOMES.filter(({ o }) => o.kind === k).map(({ o }) => o);
    const resolutions = kinds("resolution") as Extract<DhlOutcome, { kind: "resolution" }>[];
    const vetoed = kinds("vetoed") as Extract<DhlOutcome, { kind: "vetoed" }>[];
    const failed = kinds("not-adopted") as Extract<DhlOutcome, { kind: "not-adopted" }>[];
    expect({
      rows: ROWS.length,
      resolutions: resolutions.length,
      withTally: resolutions.filter((o) => o.tally).length,
      withoutVote: resolutions.filter((o) => o.withoutVote).length,
      unanimously: resolutions.filter((o) => o.adoptedAs === "unanimously").length,
      byConsensus: resolutions.filter((o) => o.adoptedAs === "by consensus").length,
      vetoed: vetoed.length,
      vetoedWithTally: vetoed.filter((o) => o.tally).length,
      notAdopted: failed.length,
      notAdoptedWithTally: failed.filter((o) => o.tally).length,
      other: kinds("other").length,
    }).toEqual({
      rows: 9564,
      resolutions: 2641,
      withTally: 2519,
      withoutVote: 54,
      unanimously: 61,
      byConsensus: 1,
      vetoed: 213,
      vetoedWithTally: 209,
      notAdopted: 108,
      notAdoptedWithTally: 106,
      other: 1914,
    });
  });

  it("resolution numbers run from 1 to 2640 with two gaps, both Library typos (663 for 666, 701 for 695)", () => {
    const numbers = OUTCOMES.flatMap(({ o }) => (o.kind === "resolution" ? [o.number] : []));
    const max = Math.max(...numbers);
    expect(max).toBe(2640);
    const missing = Array.from({ length: max }, (_, i) => i + 1).filter((n) => !numbers.includes(n));
    expect(missing).toEqual([666, 695]);
    const twice = [...new Set(numbers.filter((n, i) => numbers.indexOf(n) !== i))].sort((a, b) => a - b);
    // 663 at S/PV.2939 (13 Sep 1990) is 666; 701 at S/PV.2990 (30 May 1991) is 695; 1996 is a repeated row.
    expect(twice).toEqual([663, 701, 1996]);
    expect(OUTCOMES.find(({ o }) => o.kind === "resolution" && o.number === 663 && o.tally?.no === 2)!.row.meeting).toBe("S/PV.2939");
  });

  it("reports exactly these problems (each checked against the file)", () => {
    expect(PROBLEMS.map((p) => `${p.file.slice(5, 9)} ${p.row} ${p.cell}: ${p.value}`)).toEqual([
      "1961 20 outcome: ", // S/PV.969: the row has no outcome cell
      "1963 17 outcome: S/5407", // vetoed 3 Sep 1963 (row 23), repeated in the 13 Sep row
      "1963 23 outcome: S/5407",
      "1964 38 row: --", // S/PV.1152: a fifth cell
      "1965 35 outcome: S/RES/207 (1964) 11-0-0", // the link says (1965)
      "1972 24 outcome: Draft resolution S/10768 and Corr.1 vetoed by USSR 3-3-9", // 3 votes in favour: no veto
      "1974 5 outcome: S/11400", // vetoed 31 Jul 1974 (row 25), repeated in the 30 Oct row
      "1974 25 outcome: S/11400",
      "1990 34 outcome: S/RES/663 (1990)",
      "1990 37 outcome: S/RES/663 (1990)",
      "1991 29 outcome: S/RES/701 (1991)",
      "1991 36 outcome: S/RES/701 (1991)",
      "1992 49 outcome: S/RES/770 (1991) 12-0-3", // the links say (1992)
      "1992 49 outcome: S/RES/771 (1991) 15-0-0",
      "2011 133 outcome: S/RES/1996 (2011)",
      "2011 134 outcome: S/RES/1996 (2011)",
      "2021 123 outcome: 2-0-13", // S/PV.8823, 22 Jul 2021: a tally with no draft named
      "2022 39 outcome: Draft resolution S/2022/431 vetoed by China, Russian Federation 13-0-2", // the vote was 13-2-0
    ]);
  });
});

describe("the Library's veto list", () => {
  it("starts with 26 May 2022, S/2022/431, China and the Russian Federation", () => {
    expect(VETO.rows[0]).toEqual({
      file: "scact_veto_table_en.html",
      row: 1,
      date: "2022-05-26",
      draft: "S/2022/431",
      meeting: "S/PV.9048",
      agenda: "Non-proliferation - Democratic People's Republic of Korea",
      members: ["CHN", "RUS"],
      rawMembers: "China\nRussian Federation",
    });
  });

  it("has 213 rows; members counted; one problem (a two-digit year)", () => {
    expect(VETO.rows).toHaveLength(213);
    const count: Record<string, number> = {};
    for (const r of VETO.rows) for (const m of r.members) count[m] = (count[m] ?? 0) + 1;
    expect(count).toEqual({ CHN: 17, RUS: 30, USA: 82, FRA: 17, GBR: 29, SUN: 90 });
    expect(VETO.problems).toEqual([{ file: "scact_veto_table_en.html", row: 71, cell: "date", value: "30 January 86", expected: "a four-digit year" }]);
    expect(VETO.rows.at(-1)).toMatchObject({ date: "1946-02-16", draft: null, draftRecord: "S/PV.23", members: ["SUN"] });
  });

  it("agrees with the year tables' vetoed drafts but for three drafts, each checked", () => {
    const vetoed = OUTCOMES.filter(({ o }) => o.kind === "vetoed").map(({ row, o }) => ({
      key: o.kind === "vetoed" ? (o.symbol ?? o.record) : null,
      date: row.date,
    }));
    const missing = VETO.rows.filter((v) => !vetoed.some((x) => x.key === (v.draft ?? v.draftRecord))).map((v) => `${v.date} ${v.draft}`);
    // S/18087/Rev.1 is "S/18087" in the 1986 table; S/10416 (1971) is not in its table; S/5134 (1962) is
    // "not adopted 7-2-2" there (7 votes were enough in an eleven-member Council: the USSR's no was a veto).
    expect(missing).toEqual(["1986-05-23 S/18087/Rev.1", "1971-12-04 S/10416", "1962-06-22 S/5134"]);
  });
});
