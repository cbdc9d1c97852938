-- Member renames carry an optimistic version check, as drafts do (issue 12): the form sends the
-- version it loaded and a rename from an older one is refused instead of overwriting.
ALTER TABLE "member_state" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
