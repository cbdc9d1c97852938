// The files of the open dataset (/data, /api/data/<name>): which tables are published. Tables are
// listed explicitly, so that a new table is published only once someone decides it is public:
// tests/integration/open-data.test.ts fails until every table is listed here, in PRIVATE_TABLES
// or among the derived summaries. Pure, so the proxy can refuse unknown names before any query.

/** Published tables, each after the tables it references. */
export const PUBLIC_TABLES = [
  "member_state",
  "permanent_seat",
  "permanent_seat_holder",
  "council_seat",
  "meeting",
  "topic",
  "source",
  "search_synonym",
  "draft",
  "vote",
  "veto",
  "draft_topic",
  "penholder",
  "draft_source",
  "data_issue",
] as const;
export type PublicTable = (typeof PUBLIC_TABLES)[number];

/** Accounts, sessions, sign-in and API throttles and the audit trail (which names editors by email): never published. */
export const PRIVATE_TABLES = [
  "app_user",
  "session",
  "account",
  "verification",
  "rate_limit",
  "sign_in_throttle",
  "sign_in_known_client",
  "audit_entry",
  "api_rate_limit", // the API's counters per client address
] as const;

export const isPublicTable = (name: string): name is PublicTable => (PUBLIC_TABLES as readonly string[]).includes(name);

/** The flat CSV readers ask for: one row per member's vote on a draft. */
export const MEMBER_VOTES_FILE = "member-votes";

/** Every public table in one file, in the whole-database export's format. */
export const DATASET_JSON_FILE = "unsc-votes.json";

/** The file names /api/data serves. */
export const DATASET_FILE_NAMES: readonly string[] = [DATASET_JSON_FILE, `${MEMBER_VOTES_FILE}.csv`, ...PUBLIC_TABLES.map((t) => `${t}.csv`)];

export const isDatasetFileName = (name: string): boolean => DATASET_FILE_NAMES.includes(name);

/** The name a downloaded file is saved under: the dataset's version in it, so two versions never collide. */
export function downloadFilename(name: string, version: string | null): string {
  const dot = name.lastIndexOf(".");
  const stem = name.slice(0, dot);
  const prefix = stem.startsWith("unsc-") ? stem : `unsc-${stem}`;
  return `${prefix}${version ? `-${version}` : ""}${name.slice(dot)}`;
}
