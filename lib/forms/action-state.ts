// What every admin server action returns; plain data so client forms can render it, and message
// codes (not text) so the form translates them (messages/<locale>/admin.json "errors").
export interface Msg {
  code: string;
  values?: Record<string, string | number>;
}

export type FieldErrors = Record<string, Msg[]>;

export type ActionStatus = "idle" | "ok" | "invalid" | "conflict" | "unauthorized" | "forbidden" | "not-found" | "error";

export interface ActionState<V = Record<string, unknown>> {
  status: ActionStatus;
  message?: Msg;
  fieldErrors?: FieldErrors;
  /** The values the user entered, sent back so a refused form keeps them (also without JavaScript). */
  values?: V;
}

export const IDLE: ActionState<never> = { status: "idle" };

export function addFieldError(errors: FieldErrors, field: string, msg: Msg): void {
  (errors[field] ??= []).push(msg);
}

/** Why a write in lib/admin was refused (nothing was written). */
export type WriteRefusal =
  { ok: false; status: "invalid"; fieldErrors: FieldErrors } | { ok: false; status: "conflict" | "not-found" | "forbidden"; message: Msg };

/** A refusal as the state a server action returns (with the values to show again). */
export function refusalState<V>(refusal: WriteRefusal, values?: V): ActionState<V> {
  return refusal.status === "invalid"
    ? { status: "invalid", fieldErrors: refusal.fieldErrors, message: { code: "fixErrors" }, values }
    : { status: refusal.status, message: refusal.message, values };
}
