import type { z } from "zod";
import { draftPath } from "@/lib/validations/draft-ref";
import {
  DraftListSchema,
  DraftPathSchema,
  DraftSchema,
  DraftsQuerySchema,
  MemberDetailSchema,
  MemberListSchema,
  MemberPathSchema,
  MembersQuerySchema,
  SummaryQuerySchema,
  SummarySchema,
  TopicListSchema,
  TopicsQuerySchema,
  VetoesQuerySchema,
  VetoListSchema,
} from "./schemas";

// Every endpoint of /api/v1 in one table: its path, what it answers, and the zod schemas of its
// query, path and body. The OpenAPI document (lib/api/v1/openapi.ts) and the contract test
// (tests/integration/api-v1-contract.test.ts) both read it; the route handlers parse with the same
// schemas and build bodies of the response schema's type.

export interface Endpoint {
  path: string;
  operationId: string;
  summary: string;
  description: string;
  tag: "Drafts" | "Members" | "Vetoes" | "Topics" | "Figures";
  query?: z.ZodObject;
  params?: z.ZodObject;
  response: z.ZodType;
  /** Also answers text/csv (?format=csv or Accept: text/csv). */
  csv?: boolean;
  /** Answers 404 for an unknown path parameter. */
  notFound?: boolean;
}

export const API_V1 = "/api/v1";

/** The API address of one draft: its ref's segments escaped as the site's page does. */
export const draftApiPath = (ref: string) => `${API_V1}/drafts${draftPath(ref).slice("/resolutions".length)}`;
export const memberApiPath = (code: string) => `${API_V1}/members/${code}`;

export const ENDPOINTS: readonly Endpoint[] = [
  {
    path: "/api/v1/drafts",
    operationId: "listDrafts",
    tag: "Drafts",
    summary: "Drafts put to the vote",
    description:
      "Every vote of the Council on a draft resolution, an amendment, a paragraph voted separately, a preliminary question or a procedural motion since 1946, with the filters and orders of the site's list. Pages follow `next` cursors: a walk sees every draft once even while drafts are added.",
    query: DraftsQuerySchema,
    response: DraftListSchema,
    csv: true,
  },
  {
    path: "/api/v1/drafts/{ref}",
    operationId: "getDraft",
    tag: "Drafts",
    summary: "One draft, its vote and its sources",
    description: "The draft, the meeting, each member's vote, the vetoes, amendments, topics, penholders and every source the record rests on.",
    params: DraftPathSchema,
    response: DraftSchema,
    notFound: true,
  },
  {
    path: "/api/v1/members",
    operationId: "listMembers",
    tag: "Members",
    summary: "Members of the Council",
    description: "Every state that has sat on the Council, with its years and vetoes; with `year`, the members of that year.",
    query: MembersQuerySchema,
    response: MemberListSchema,
    csv: true,
  },
  {
    path: "/api/v1/members/{code}",
    operationId: "getMember",
    tag: "Members",
    summary: "One member: its terms and figures",
    description: "The member's terms on the Council (runs of years with the same status and the names it sat under), its votes by kind and its vetoes.",
    params: MemberPathSchema,
    response: MemberDetailSchema,
    notFound: true,
  },
  {
    path: "/api/v1/vetoes",
    operationId: "listVetoes",
    tag: "Vetoes",
    summary: "Vetoes cast",
    description:
      "One row per veto cast (a draft vetoed by two members gives two), oldest first, counted as the UN Library's Veto List counts them unless `count=drafts`.",
    query: VetoesQuerySchema as unknown as z.ZodObject,
    response: VetoListSchema,
    csv: true,
  },
  {
    path: "/api/v1/topics",
    operationId: "listTopics",
    tag: "Topics",
    summary: "Topics",
    description: "Every topic with the drafts tagged with it by outcome and the vetoes cast on them, most drafts first.",
    query: TopicsQuerySchema,
    response: TopicListSchema,
    csv: true,
  },
  {
    path: "/api/v1/summary",
    operationId: "getSummary",
    tag: "Figures",
    summary: "Headline figures",
    description: "Drafts put to the vote, adopted, vetoed and failed, and vetoes per permanent member: all time and, with `from`/`to`, in a period.",
    query: SummaryQuerySchema,
    response: SummarySchema,
  },
];
