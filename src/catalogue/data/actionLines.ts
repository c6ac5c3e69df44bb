import type { ActionLineInput } from "../../model/index.ts";

const POA = "Geneva Plan of Action, WSIS-03/GENEVA/DOC/5-E (12 Dec 2003), section C";
const DIG_WATCH = "https://dig.watch/resources/geneva-plan-action/";
const SUB_LINES = "http://wsis.ae/en/WSIS/Action-Lines ; https://studylib.net/doc/12896877/";
// The two sources most lines cite, each written once.
const POA_DIG_WATCH = `${POA}; ${DIG_WATCH}` as const;
const POA_SUB_LINES = `${POA}; ${SUB_LINES}` as const;

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
    source: `${POA}; heading ${DIG_WATCH}; later wording https://itu.int/net4/wsis/forum/2019/Agenda/ViewSession/231`,
  },
  {
    id: "C2",
    title: "Information and communication infrastructure",
    heading:
      "Information and communication infrastructure: an essential foundation for the Information Society",
    source: `${POA}; https://phibetaiota.net/category/journal/references/united-nations-references/page/8/ ; ${DIG_WATCH}`,
  },
  { id: "C3", title: "Access to information and knowledge", source: POA_DIG_WATCH },
  { id: "C4", title: "Capacity building", source: POA_DIG_WATCH },
  { id: "C5", title: C5_TITLE, source: POA_DIG_WATCH },
  { id: "C6", title: "Enabling environment", source: POA_DIG_WATCH },
  {
    id: "C7",
    title: "ICT applications",
    heading: "ICT applications: benefits in all aspects of life",
    source: POA_DIG_WATCH,
  },
  { id: "C7.e-government", title: "E-government", parent: "C7", source: POA_SUB_LINES },
  { id: "C7.e-business", title: "E-business", parent: "C7", source: POA_SUB_LINES },
  { id: "C7.e-learning", title: "E-learning", parent: "C7", source: POA_SUB_LINES },
  { id: "C7.e-health", title: "E-health", parent: "C7", source: POA_SUB_LINES },
  { id: "C7.e-employment", title: "E-employment", parent: "C7", source: POA_SUB_LINES },
  { id: "C7.e-environment", title: "E-environment", parent: "C7", source: POA_SUB_LINES },
  { id: "C7.e-agriculture", title: "E-agriculture", parent: "C7", source: POA_SUB_LINES },
  { id: "C7.e-science", title: "E-science", parent: "C7", source: POA_SUB_LINES },
  {
    id: "C8",
    title: "Cultural diversity and identity, linguistic diversity and local content",
    source: POA_DIG_WATCH,
  },
  { id: "C9", title: "Media", source: POA_DIG_WATCH },
  { id: "C10", title: "Ethical dimensions of the Information Society", source: POA_DIG_WATCH },
  { id: "C11", title: "International and regional cooperation", source: POA_DIG_WATCH },
] as const satisfies readonly ActionLineInput[];

/** An id of the WSIS catalogue's action lines. */
export type WsisActionLineId = (typeof ACTION_LINES)[number]["id"];
