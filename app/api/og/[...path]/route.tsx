import { readFile } from "node:fs/promises";
import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { longDate } from "@/components/ui/long-date";
import { headlineTally, vetoingMembers } from "@/components/resolutions/outcome-summary";
import { membersInSentence } from "@/components/resolutions/names";
import { localized } from "@/lib/i18n-names";
import { getHeadlineFiguresCached, getLatestVoteDateCached } from "@/lib/queries/cached";
import { getCountryProfile } from "@/lib/queries/countries";
import { getDraftByRef } from "@/lib/queries/draft-detail";
import { resolveDraftRef } from "@/lib/queries/resolve-draft-ref";
import { parseCountryCode } from "@/lib/validations/route-keys";

// Social preview images (1200×630 PNG) of a draft, a country and the dashboard:
// /api/og/resolutions/S/2024/255, /api/og/countries/RUS, /api/og/dashboard; `?locale=th` for Thai.
// A route handler rather than an `opengraph-image` file: Next refuses a route segment after the
// draft page's catch-all [...ref]. No font is fetched from the web: Thai text needs a local font
// (Debian's fonts-thai-tlwg); without it the image falls back to English.
export const runtime = "nodejs";

const THAI_FONT = "/usr/share/fonts/truetype/tlwg/Garuda.ttf";
const THAI_FONT_BOLD = "/usr/share/fonts/truetype/tlwg/Garuda-Bold.ttf";

async function thaiFonts() {
  try {
    const [regular, bold] = await Promise.all([readFile(THAI_FONT), readFile(THAI_FONT_BOLD)]);
    return [
      { name: "Garuda", data: regular, weight: 400 as const, style: "normal" as const },
      { name: "Garuda", data: bold, weight: 700 as const, style: "normal" as const },
    ];
  } catch {
    return null;
  }
}

type Card = { kicker: string; title: string; lines: string[]; footer: string };

async function draftCard(segments: string[], locale: string): Promise<Card | null> {
  const resolved = await resolveDraftRef(segments);
  const draft = resolved ? await getDraftByRef(resolved.ref) : null;
  if (!draft) return null;
  const [tc, t] = await Promise.all([getTranslations({ locale, namespace: "common" }), getTranslations({ locale, namespace: "resolutions.detail" })]);
  const tally = headlineTally(draft);
  const vetoers = vetoingMembers(draft);
  const outcome = tc(`outcome.${draft.outcome}`) + (vetoers.length > 0 ? ` — ${membersInSentence(vetoers, locale)}` : "");
  return {
    kicker: draft.symbol ?? draft.ref,
    title: draft.title ?? draft.agendaItem ?? draft.symbol ?? draft.ref,
    lines: [
      outcome,
      tally ? t("metaTally", { yes: tally.yes, no: tally.no, abstain: tally.abstain }) : "",
      draft.date ? longDate(draft.date, locale) : String(draft.year),
    ],
    footer: tc("siteName"),
  };
}

async function countryCard(code: string, locale: string): Promise<Card | null> {
  const parsed = parseCountryCode(code);
  const profile = parsed ? await getCountryProfile(parsed.key) : null;
  if (!profile) return null;
  const tc = await getTranslations({ locale, namespace: "common" });
  return {
    kicker: profile.code,
    title: localized(profile, locale),
    lines: [(["Y", "N", "A"] as const).map((k) => `${tc(`vote.${k}`)} ${profile.votes[k]}`).join(" · ")],
    footer: tc("siteName"),
  };
}

async function dashboardCard(locale: string): Promise<Card> {
  const [tc, figures] = await Promise.all([getTranslations({ locale, namespace: "common" }), getHeadlineFiguresCached()]);
  const a = figures.allTime;
  return {
    kicker: `${figures.firstYear ?? ""}–${figures.lastYear ?? ""}`,
    title: tc("tagline"),
    lines: [
      (["ADOPTED", "VETOED", "FAILED"] as const)
        .map((k) => `${tc(`outcome.${k}`)} ${a[k === "ADOPTED" ? "adopted" : k === "VETOED" ? "vetoed" : "failed"]}`)
        .join(" · "),
    ],
    footer: tc("siteName"),
  };
}

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const asked = new URL(request.url).searchParams.get("locale") ?? routing.defaultLocale;
  const fonts = await thaiFonts();
  // Thai only with a font that has its glyphs; English otherwise.
  const locale = hasLocale(routing.locales, asked) && (asked !== "th" || fonts) ? asked : routing.defaultLocale;
  const [kind, ...rest] = path;
  const card =
    kind === "resolutions"
      ? await draftCard(rest, locale)
      : kind === "countries" && rest.length === 1
        ? await countryCard(rest[0] ?? "", locale)
        : kind === "dashboard" && rest.length === 0
          ? await dashboardCard(locale)
          : null;
  if (!card) return new Response("Not found", { status: 404 });
  const [tc, latest] = await Promise.all([getTranslations({ locale, namespace: "common.footer" }), getLatestVoteDateCached().catch(() => null)]);
  const dataTo = latest ? tc("dataTo", { date: longDate(latest, locale) }) : "";
  const title = card.title.length > 160 ? `${card.title.slice(0, 157)}…` : card.title;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#f8fafc",
        color: "#0f172a",
        fontFamily: fonts ? "Garuda" : undefined,
        borderTop: "16px solid #0369a1",
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 32, fontWeight: 700, color: "#0369a1" }}>{card.kicker}</div>
        <div style={{ fontSize: title.length > 90 ? 40 : 52, fontWeight: 700, marginTop: 16, lineHeight: 1.25 }}>{title}</div>
        {card.lines
          .filter((l) => l)
          .map((line) => (
            <div key={line} style={{ fontSize: 34, marginTop: 20 }}>
              {line}
            </div>
          ))}
      </div>
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 26, color: "#475569" }}>
        <span>{card.footer}</span>
        <span>{dataTo}</span>
      </div>
    </div>,
    {
      width: 1200,
      height: 630,
      fonts: fonts ?? undefined,
      headers: { "cache-control": "public, max-age=3600" },
    },
  );
}
