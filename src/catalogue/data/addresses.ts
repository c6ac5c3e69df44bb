// Source addresses that more than one table of the catalogue cites, written once (each table says
// what it takes from them).

/** The Tunis Agenda's annex: the indicative table of action-line facilitators (reference §2b). */
export const TUNIS_ANNEX_DOC =
  "Tunis Agenda annex, WSIS-05/TUNIS/DOC/6(Rev.1)-E, https://www.itu.int/net/wsis/docs2/tunis/off/6rev1.html";
/** The 2017 report of the action lines' lead agencies. */
export const LEADS_2017_URL =
  "https://vdocuments.site/wsis-action-lines-supporting-transformation-towards-sustainable-and-resilient-2017.html";
/** ITU's contribution to the implementation of the WSIS outcomes (its roles, 2010–2014). */
export const ITU_ROLES_URL =
  "https://itu-ilibrary.org/science-and-technology/itu-contribution-to-the-implementation-of-the-wsis-outcomes_pub/805043d0-en";
/** UNESCO as interim focal point, 2006. */
export const UNESCO_2006_URL = "https://rikomatic.com/2006/03/unesco_launches.html";
/** The WSIS Forum 2016 facilitators' meeting. */
export const FORUM_2016_URL = "https://dig.watch/sessions/wsis-action-line-facilitators-meeting";
/** C7 e-business co-facilitators. */
export const E_BUSINESS_URL = "https://studylib.net/doc/10395202/";
export const GIPLATFORM_URL = "https://www.giplatform.org/topics/capacity-development/page/2/";
/** UNIDO's reports under C7 e-learning. */
export const UNIDO_E_LEARNING_URL =
  "https://studylib.net/doc/10395229/commission-on-science-and-technology-for-development--cst...";
/** UNGIS's first year (2006): chair and vice-chairs. */
export const UNGIS_2006_URL =
  "https://www.microwavejournal.com/articles/1957-group-discussion-on-information-society";
/** UNCTAD in the UNGIS chair, 2012. */
export const UNCTAD_2012_URL = "http://unctad.org/en/pages/SGStatementDetails.aspx?OriginalVersionID=32";
/** UNGIS's own site, around 2019. */
export const UNGIS_ORG_URL = "http://www.ungis.org/Home.aspx";
/** UNGIS in 2006, with the CEB members in it. */
export const ICTLOGY_UNGIS_URL =
  "https://ictlogy.net/wiki/index.php?title=United_Nations_Group_On_The_Information_Society";
/** UNGIS's member list (reference §4, recalled). */
export const DIPLOMACY_UNGIS_URL =
  "https://www.diplomacy.edu/actor/united-nations-group-information-society/";
