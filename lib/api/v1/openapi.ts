import { z } from "zod";
import { DRAFTS_MAX_LIMIT } from "./schemas";
import { ENDPOINTS, type Endpoint } from "./endpoints";
import { PROBLEMS, type ProblemKind } from "./problem";
import { ProblemSchema } from "./schemas";

// The OpenAPI 3.1 document of /api/v1, built from the endpoint table and its zod schemas with zod's
// own z.toJSONSchema (JSON Schema 2020-12, OpenAPI 3.1's dialect): request parameters as zod reads
// them (io "input"), bodies as the handlers build them (io "output").

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" }) as JsonSchema;
  return rest;
}

function parameters(object: z.ZodObject | undefined, where: "query" | "path") {
  if (!object) return [];
  return Object.entries(object.shape).map(([name, field]) => {
    const { description, examples, ...schema } = jsonSchema(field as z.ZodType, "input");
    const required = where === "path" || !(field as z.ZodType).safeParse(undefined).success;
    return {
      name,
      in: where,
      required,
      ...(description ? { description } : {}),
      ...(Array.isArray(examples) && examples.length ? { example: examples[0] } : {}),
      schema,
      // A draft's ref keeps its slashes (/api/v1/drafts/S/2024/255).
      ...(where === "path" && name === "ref" ? { allowReserved: true } : {}),
    };
  });
}

const RATE_HEADERS = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimit-Limit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" },
  "RateLimit-Reset": { $ref: "#/components/headers/RateLimit-Reset" },
};

function problem(kind: ProblemKind, description: string, extraHeaders: Record<string, unknown> = {}) {
  return {
    description: `${PROBLEMS[kind].title}: ${description}`,
    headers: extraHeaders,
    content: { "application/problem+json": { schema: jsonSchema(ProblemSchema, "output") } },
  };
}

function operation(e: Endpoint) {
  const json = { schema: jsonSchema(e.response, "output") };
  const responses: Record<string, unknown> = {
    "200": {
      description: "OK",
      headers: {
        ETag: { $ref: "#/components/headers/ETag" },
        "Last-Modified": { $ref: "#/components/headers/Last-Modified" },
        ...RATE_HEADERS,
      },
      content: { "application/json": json, ...(e.csv ? { "text/csv": { schema: { type: "string" } } } : {}) },
    },
    "304": { description: "Not modified: the copy named by If-None-Match (or dated by If-Modified-Since) is current." },
    "400": problem("invalid-parameters", "a parameter is invalid; `errors` names each one."),
    ...(e.notFound ? { "404": problem("not-found", "nothing is recorded under this name.") } : {}),
    "429": problem("rate-limited", "too many requests from this address; wait Retry-After seconds.", {
      ...RATE_HEADERS,
      "Retry-After": { $ref: "#/components/headers/Retry-After" },
    }),
    "500": problem("server-error", "a fault of the server (logged)."),
    "503": problem("database-unavailable", "the database did not answer; try again shortly.", { "Retry-After": { $ref: "#/components/headers/Retry-After" } }),
  };
  return {
    operationId: e.operationId,
    tags: [e.tag],
    summary: e.summary,
    description: e.description,
    parameters: [...parameters(e.params, "path"), ...parameters(e.query, "query")],
    responses,
  };
}

const header = (description: string, schema: JsonSchema) => ({ description, schema });

/** The document served at /api/v1/openapi.json. */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "UNSC Vote Tracker API",
      version: "1.0.0",
      description:
        "How the members of the UN Security Council voted on every draft put to the vote since 1946, the vetoes and the topics, as the site shows them. " +
        "Open to all: no key, CORS for any origin, an anonymous rate limit per address. JSON by default; lists also as CSV. " +
        `Answers carry ETag and Last-Modified (send If-None-Match or If-Modified-Since for a 304) and may be kept by a shared cache for 30 s. Pages of drafts hold up to ${DRAFTS_MAX_LIMIT} drafts. ` +
        "Errors are RFC 9457 problem details (application/problem+json). Every draft's record lists its sources (GET /api/v1/drafts/{ref}).",
      license: { name: "Data: see the sources of each record; code: the project's licence" },
    },
    servers: [{ url: "/" }],
    tags: [
      { name: "Drafts", description: "Drafts put to the vote and their votes." },
      { name: "Members", description: "States that have sat on the Council." },
      { name: "Vetoes", description: "Vetoes cast by the permanent members." },
      { name: "Topics", description: "Topics the drafts are tagged with." },
      { name: "Figures", description: "Counts over the whole record." },
    ],
    paths: Object.fromEntries(ENDPOINTS.map((e) => [e.path, { get: operation(e) }])),
    components: {
      headers: {
        ETag: header("A weak validator of the body; send it back as If-None-Match.", { type: "string" }),
        "Last-Modified": header("When the record last changed (an edit, an import).", { type: "string" }),
        "RateLimit-Limit": header("Requests allowed per window (IETF draft-ietf-httpapi-ratelimit-headers).", { type: "integer" }),
        "RateLimit-Remaining": header("Requests left in this window.", { type: "integer" }),
        "RateLimit-Reset": header("Seconds until the window resets.", { type: "integer" }),
        "Retry-After": header("Seconds to wait before asking again.", { type: "integer" }),
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
