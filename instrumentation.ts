// Runs once when the server starts (Next's instrumentation hook).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // TRACE would otherwise be a 500: Next cannot build a Request for it (lib/request-methods.ts).
  const { installMethodGuard } = await import("./lib/request-methods");
  installMethodGuard();
}
