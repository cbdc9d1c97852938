"use client";

import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import { runtimeMessage } from "@/i18n/runtime-keys";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { localizedLabel } from "@/lib/i18n-names";
import { LIMITS, type DraftFormValues } from "@/lib/validations/draft-form";
import { draftValuesFromFormData } from "@/lib/validations/draft-form-data";
import type { GridMember } from "@/lib/admin/queries";
import type { TopicOption } from "@/lib/queries/options";
import { loadSittingMembersAction, saveDraftAction, type DraftFormState } from "@/lib/actions/drafts";
import { buttonClass, CheckboxOption, ErrorText, errorsAt, Field, fieldId, FormMessage, secondaryButtonClass } from "./field";
import { OutcomePreview, type PreviewInput } from "./outcome-preview";
import { VoteGridInput } from "./vote-grid-input";
import { SourceFields } from "./source-fields";
import { ErrorSummary } from "./error-summary";

const FIELD_LABELS = {
  symbol: "symbol",
  votedOn: "date",
  meetingRecord: "meetingRecord",
  resolutionNumber: "resolutionNumber",
  title: "title",
  agendaItem: "agendaItem",
  modality: "modality",
  procedural: "procedural",
  votes: "voteSection",
  penholders: "penholder",
  vetoedBy: "vetoedBy",
  topics: "topicsSection",
  newTopicEn: "newTopicEn",
  newTopicTh: "newTopicTh",
  sources: "sourcesSection",
} as const;
const SOURCE_LABELS = { url: "sourceUrl", title: "sourceTitle", outlet: "sourceOutlet", language: "sourceLanguage", text: "sourceText" } as const;

function localizedName(m: GridMember | undefined, code: string, locale: string): string {
  return m ? (locale === "th" ? m.nameTh || m.nameEn : m.nameEn) : code;
}

function previewOf(v: DraftFormValues): PreviewInput {
  return { votedOn: v.votedOn, procedural: v.procedural, modality: v.modality, votes: v.votes };
}

/**
 * Record a vote / correct one. A plain <form> posting to a server action, so the basic path works
 * without JavaScript; with it, the grid follows the date and the outcome preview is live.
 */
export function DraftForm({
  originalRef,
  titleRequired = true,
  initial,
  initialMembers,
  topics,
}: {
  originalRef?: string;
  /** False when correcting a draft the sources give no title for: saving must not make one up. */
  titleRequired?: boolean;
  initial: DraftFormValues;
  initialMembers: GridMember[];
  topics: TopicOption[];
}) {
  const t = useTranslations("admin.draftForm");
  const tErr = useTranslations("admin.errors");
  const format = useFormatter();
  const locale = useLocale();
  const [state, action, pending] = useActionState<DraftFormState, FormData>(saveDraftAction, {
    status: "idle",
    values: initial,
    members: initialMembers,
    membersFor: initial.votedOn,
  });
  const values = state.values ?? initial;

  // A new action result remounts the form with the values it sent back (and their grid).
  const [seen, setSeen] = useState(state);
  const [formKey, setFormKey] = useState(0);
  const [members, setMembers] = useState<GridMember[]>(state.members ?? initialMembers);
  const [preview, setPreview] = useState<PreviewInput>(previewOf(values));
  if (seen !== state) {
    setSeen(state);
    setFormKey((k) => k + 1);
    if (state.members) setMembers(state.members);
    setPreview(previewOf(values));
  }

  const [hydrated, setHydrated] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- flips once after hydration: until then the form is the no-JavaScript one
  useEffect(() => setHydrated(true), []);
  const [loadingMembers, startLoading] = useTransition();
  const loadedFor = useRef(state.membersFor ?? initial.votedOn);
  const formRef = useRef<HTMLFormElement>(null);

  function onDateChange(date: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date === loadedFor.current) return;
    startLoading(async () => {
      const next = await loadSittingMembersAction(date);
      if (next) {
        loadedFor.current = date;
        setMembers(next);
        if (formRef.current) setPreview(previewOf(draftValuesFromFormData(new FormData(formRef.current))));
      }
    });
  }

  function setAll(cast: string) {
    const form = formRef.current;
    if (!form) return;
    for (const m of members) {
      const input = form.querySelector<HTMLInputElement>(`input[name="vote.${m.code}"][value="${cast}"]`);
      if (input) input.checked = true;
    }
    setPreview(previewOf(draftValuesFromFormData(new FormData(form))));
  }

  const fe = state.fieldErrors;
  const errorCount = fe ? Object.values(fe).reduce((n, list) => n + list.length, 0) : 0;
  const extraPenholders = values.penholders.filter((p) => !members.some((m) => m.code === p));
  const vetoChoices = members.some((m) => m.permanent) ? members.filter((m) => m.permanent) : [];
  // The summary's name for a field: its label, the member's name for a row of the grid, the source's number.
  const labelOf = (field: string): string => {
    const member = /^votes\.(.+)$/.exec(field)?.[1];
    if (member)
      return localizedName(
        members.find((m) => m.code === member),
        member,
        locale,
      );
    const source = /^sources\.(\d+)\.(url|title|outlet|language|text)$/.exec(field);
    if (source) return `${t(SOURCE_LABELS[source[2] as keyof typeof SOURCE_LABELS])} (${Number(source[1]) + 1})`;
    const head = field.split(".")[0]!;
    return head in FIELD_LABELS ? t(FIELD_LABELS[head as keyof typeof FIELD_LABELS]) : t("draftSection");
  };

  return (
    <form
      key={formKey}
      ref={formRef}
      action={action}
      noValidate
      onChange={(e) => setPreview(previewOf(draftValuesFromFormData(new FormData(e.currentTarget))))}
      className="space-y-8"
    >
      <input type="hidden" name="locale" value={locale} />
      {originalRef && <input type="hidden" name="originalRef" value={originalRef} />}
      <input type="hidden" name="version" value={values.version} />

      {state.status === "invalid" && fe && <ErrorSummary errors={fe} heading={t("fixErrors", { count: errorCount })} labelOf={labelOf} focusKey={state} />}
      {(state.status === "conflict" || state.status === "not-found" || state.status === "forbidden" || state.status === "unauthorized") && state.message && (
        <FormMessage tone="error">
          <p className="font-semibold">
            {state.message.code === "conflict"
              ? tErr("conflict", {
                  by: String(state.message.values?.by ?? "?"),
                  at: format.dateTime(new Date(String(state.message.values?.at)), { dateStyle: "medium", timeStyle: "medium" }),
                })
              : runtimeMessage(tErr, state.message.code, state.message.values)}
          </p>
          {state.status === "conflict" && (
            // A full reload on purpose: the form must start again from the stored draft.
            <a href="" className="font-medium underline underline-offset-2">
              {t("reload")}
            </a>
          )}
        </FormMessage>
      )}
      {state.status === "idle" && state.message && <FormMessage tone="info">{runtimeMessage(tErr, state.message.code, state.message.values)}</FormMessage>}

      <fieldset className="min-w-0 grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("draftSection")}</legend>
        <Field name="symbol" label={t("symbol")} hint={t("symbolHint")} errors={errorsAt(fe, "symbol")} required={!originalRef}>
          {(p) => <input {...p} defaultValue={values.symbol} maxLength={LIMITS.symbol} autoComplete="off" spellCheck={false} />}
        </Field>
        <div>
          <Field name="votedOn" label={t("date")} hint={t("dateHint")} errors={errorsAt(fe, "votedOn")} required>
            {(p) => (
              <input
                {...p}
                type="date"
                defaultValue={values.votedOn}
                min="1946-01-17"
                max={new Date().toISOString().slice(0, 10)}
                onChange={(e) => onDateChange(e.currentTarget.value)}
              />
            )}
          </Field>
          {/* Without JavaScript the grid cannot follow the date by itself: this reloads it. */}
          {!hydrated && (
            <button type="submit" name="intent" value="members" formNoValidate className={`mt-2 text-sm ${secondaryButtonClass}`}>
              {t("loadMembers")}
            </button>
          )}
          {loadingMembers && (
            <p role="status" className="mt-1 text-sm">
              {t("loadingMembers")}
            </p>
          )}
        </div>
        <Field name="meetingRecord" label={t("meetingRecord")} hint={t("meetingHint")} errors={errorsAt(fe, "meetingRecord")}>
          {(p) => <input {...p} defaultValue={values.meetingRecord} maxLength={LIMITS.meetingRecord} spellCheck={false} />}
        </Field>
        <Field name="resolutionNumber" label={t("resolutionNumber")} hint={t("resolutionHint")} errors={errorsAt(fe, "resolutionNumber")}>
          {(p) => <input {...p} inputMode="numeric" defaultValue={values.resolutionNumber} maxLength={5} />}
        </Field>
        <div className="sm:col-span-2">
          <Field name="title" label={t("title")} errors={errorsAt(fe, "title")} required={titleRequired}>
            {(p) => <textarea {...p} rows={2} defaultValue={values.title} maxLength={LIMITS.title * 2} lang="en" />}
          </Field>
        </div>
        <div className="sm:col-span-2">
          <Field name="agendaItem" label={t("agendaItem")} errors={errorsAt(fe, "agendaItem")}>
            {(p) => <input {...p} defaultValue={values.agendaItem} maxLength={LIMITS.agendaItem * 2} lang="en" />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="min-w-0 space-y-4">
        <legend className="mb-2 text-lg font-semibold">{t("voteSection")}</legend>
        <div className="flex flex-wrap gap-6">
          <fieldset className="min-w-0">
            <legend className="font-medium">{t("modality")}</legend>
            {(["RECORDED_VOTE", "WITHOUT_VOTE"] as const).map((m, i) => (
              <label key={m} className="mr-4 inline-flex items-center gap-2">
                <input
                  id={i === 0 ? fieldId("modality") : undefined}
                  type="radio"
                  name="modality"
                  value={m}
                  defaultChecked={values.modality === m}
                  aria-describedby={fe?.modality ? `${fieldId("modality")}-error` : undefined}
                  className="h-4 w-4 accent-sky-800"
                />
                {t(`modalities.${m}`)}
              </label>
            ))}
            <ErrorText id={`${fieldId("modality")}-error`} errors={errorsAt(fe, "modality")} />
          </fieldset>
          <div>
            <label className="inline-flex items-center gap-2 font-medium">
              <input
                id={fieldId("procedural")}
                type="checkbox"
                name="procedural"
                defaultChecked={values.procedural}
                className="h-4 w-4 accent-sky-800"
                aria-describedby={fe?.procedural ? `procedural-hint ${fieldId("procedural")}-error` : "procedural-hint"}
              />
              {t("procedural")}
            </label>
            <p id="procedural-hint" className="text-sm text-slate-600 dark:text-slate-400">
              {t("proceduralHint")}
            </p>
            <ErrorText id={`${fieldId("procedural")}-error`} errors={errorsAt(fe, "procedural")} />
          </div>
        </div>

        <p className="text-sm text-slate-700 dark:text-slate-300">{members.length > 0 ? t("gridIntro", { count: members.length }) : t("gridEmpty")}</p>
        {hydrated && members.length > 0 && (
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={() => setAll("Y")} className={`text-sm ${secondaryButtonClass}`}>
              {t("allInFavour")}
            </button>
          </div>
        )}
        <ErrorText id={`${fieldId("votes")}-error`} errors={errorsAt(fe, "votes")} />
        <VoteGridInput members={members} votes={values.votes} penholders={values.penholders} errors={fe} />
        {extraPenholders.length > 0 && (
          <fieldset className="min-w-0">
            <legend className="font-medium">{t("otherPenholders")}</legend>
            {extraPenholders.map((p) => (
              <label key={p} className="mr-4 inline-flex items-center gap-2">
                <input type="checkbox" name="penholders" value={p} defaultChecked className="h-4 w-4 accent-sky-800" />
                {p}
              </label>
            ))}
          </fieldset>
        )}
        <ErrorText id={`${fieldId("penholders")}-error`} errors={errorsAt(fe, "penholders", true)} />

        {vetoChoices.length > 0 && (
          <fieldset className="min-w-0" aria-describedby={errorsAt(fe, "vetoedBy", true).length ? `vetoed-hint ${fieldId("vetoedBy")}-error` : "vetoed-hint"}>
            <legend className="font-medium">{t("vetoedBy")}</legend>
            <p id="vetoed-hint" className="text-sm text-slate-600 dark:text-slate-400">
              {t("vetoedByHint")}
            </p>
            {vetoChoices.map((m, i) => (
              <CheckboxOption
                key={m.code}
                name="vetoedBy"
                value={m.code}
                checked={values.vetoedBy.includes(m.code)}
                first={i === 0}
                className="mr-4 inline-flex items-center gap-2"
              >
                {locale === "th" ? m.nameTh : m.nameEn}
              </CheckboxOption>
            ))}
          </fieldset>
        )}
        <ErrorText id={`${fieldId("vetoedBy")}-error`} errors={errorsAt(fe, "vetoedBy", true)} />

        <OutcomePreview input={preview} members={members} />
      </fieldset>

      <fieldset className="min-w-0 space-y-3">
        <legend className="mb-2 text-lg font-semibold">{t("topicsSection")}</legend>
        <div className="max-h-64 overflow-y-auto rounded border border-slate-300 p-3 dark:border-slate-700">
          <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
            {topics.map((tp, i) => (
              <li key={tp.slug}>
                <CheckboxOption name="topics" value={tp.slug} checked={values.topics.includes(tp.slug)} first={i === 0}>
                  {localizedLabel(tp, locale)}
                </CheckboxOption>
              </li>
            ))}
          </ul>
        </div>
        <ErrorText id={`${fieldId("topics")}-error`} errors={errorsAt(fe, "topics", true)} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="newTopicEn" label={t("newTopicEn")} hint={t("newTopicHint")} errors={errorsAt(fe, "newTopicEn")}>
            {(p) => <input {...p} lang="en" defaultValue={values.newTopicEn} maxLength={LIMITS.topicLabel * 2} />}
          </Field>
          <Field name="newTopicTh" label={t("newTopicTh")} errors={errorsAt(fe, "newTopicTh")}>
            {(p) => <input {...p} lang="th" defaultValue={values.newTopicTh} maxLength={LIMITS.topicLabel * 2} />}
          </Field>
        </div>
      </fieldset>

      <SourceFields sources={values.sources} errors={fe} hydrated={hydrated} />

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-300 pt-4 dark:border-slate-700">
        <button type="submit" name="intent" value="save" className={buttonClass} disabled={pending}>
          {pending ? t("saving") : originalRef ? t("saveChanges") : t("save")}
        </button>
        {pending && <span role="status">{t("saving")}</span>}
      </div>
    </form>
  );
}
