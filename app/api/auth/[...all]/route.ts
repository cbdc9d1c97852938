// better-auth's HTTP endpoints (sign-in, sign-out, get-session; sign-up and the rest are disabled).
import { getAuth } from "@/lib/auth/auth";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return getAuth().handler(request);
}

export async function POST(request: Request): Promise<Response> {
  return getAuth().handler(request);
}
