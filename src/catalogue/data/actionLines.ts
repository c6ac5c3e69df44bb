import type { ActionLineInput } from "../../model/index.ts";
import { GENEVA_PLAN_URL } from "./addresses.ts";

const POA = "Geneva Plan of Action, WSIS-03/GENEVA/DOC/5-E (12 Dec 2003), section C";
const SUB_LINES = "http://wsis.ae/en/WSIS/Action-Lines ; https://studylib.net/doc/12896877/";
// The two sources most lines cite, each written once.
const POA_DIG_WATCH = `${POA}; ${GENEVA_PLAN_URL}` as const;
const POA_SUB_LINES = `${POA}; ${SUB_LINES}` as const;

/** A line with no heading of its own, citing the Plan of Action and Digital Watch's copy of it. */
const line = <const Id extends string, const Title extends string>(id: Id, title: Title) =>
  ({ id, title, source: POA_DIG_WATCH }) as const;

/** A sub-line of C7 (each cites the Plan of Action and the sub-lines' sources). */
const subLine = <const Id extends string, const Title extends string>(id: Id, title: Title) =>
  ({ id, title, parent: "C7", source: POA_SUB_LINES }) as const;

/** C5's title, which a default theme takes up word for word. */
export const C5_TITLE = "Building confidence and security in the use of ICTs";

/**
 * The eleven Geneva action lines and C7's eight sub-lines, in Plan of Action order.
 * Titles are the short titles of later ITU/WSIS usage; `heading` keeps the 2003 heading where it differs.
 * Source: reference/domain-facts.md §1.
 */
export const ACTION_LINES = [
  {
    id: "C1",
    title:
      "The role of public governance authorities and all stakeholders in the promotion of ICTs for development",
    heading: "The role of governments and all stakeholders in the promotion of ICTs for development",
    source: `${POA}; heading ${GENEVA_PLAN_URL}; later wording https://itu.int/net4/wsis/forum/2019/Agenda/ViewSession/231`,
  },
  {
    id: "C2",
    title: "Information and communication infrastructure",
    heading:
      "Information and communication infrastructure: an essential foundation for the Information Society",
    source: `${POA}; https://phibetaiota.net/category/journal/references/united-nations-references/page/8/ ; ${GENEVA_PLAN_URL}`,
  },
  line("C3", "Access to information and knowledge"),
  line("C4", "Capacity building"),
  line("C5", C5_TITLE),
  line("C6", "Enabling environment"),
  {
    id: "C7",
    title: "ICT applications",
    heading: "ICT applications: benefits in all aspects of life",
    source: POA_DIG_WATCH,
  },
  subLine("C7.e-government", "E-government"),
  subLine("C7.e-business", "E-business"),
  subLine("C7.e-learning", "E-learning"),
  subLine("C7.e-health", "E-health"),
  subLine("C7.e-employment", "E-employment"),
  subLine("C7.e-environment", "E-environment"),
  subLine("C7.e-agriculture", "E-agriculture"),
  subLine("C7.e-science", "E-science"),
  line("C8", "Cultural diversity and identity, linguistic diversity and local content"),
  line("C9", "Media"),
  line("C10", "Ethical dimensions of the Information Society"),
  line("C11", "International and regional cooperation"),
] as const satisfies readonly ActionLineInput[];

/** An id of the WSIS catalogue's action lines. */
export type WsisActionLineId = (typeof ACTION_LINES)[number]["id"];
