// Reading a posted form: every entry is a string or a File, and absent or File means "" here, so
// a hand-made request cannot slip another type past the zod schemas.

/** One text field ("" when absent or a file). */
export function formText(fd: FormData, name: string): string {
  const v = fd.get(name);
  return typeof v === "string" ? v : "";
}

/** Every non-empty text value of a repeated field (checkboxes, multi-selects). */
export function formTexts(fd: FormData, name: string): string[] {
  return fd.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
}

/** The named text fields as a record, each "" when absent. */
export function formFields(fd: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, formText(fd, n)]));
}
