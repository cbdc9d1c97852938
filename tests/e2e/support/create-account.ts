// Creates an account in the database named by DATABASE_URL, through the app's own code (better-auth
// hashing): `tsx tests/e2e/support/create-account.ts <role> <email> <password>`. Used by
// tests/e2e/faults.spec.ts for the server it owns.
import { getAuth } from "../../../lib/auth/auth";
import { createAccount } from "../../../lib/auth/users";
import { disconnectDb } from "../../../lib/db";

const [role, email, password] = process.argv.slice(2);
if ((role !== "admin" && role !== "editor") || !email || !password) {
  console.error("usage: tsx tests/e2e/support/create-account.ts admin|editor <email> <password>");
  process.exit(2);
}
await createAccount(getAuth(), { email, name: `Faults ${role}`, role, password });
await disconnectDb();
