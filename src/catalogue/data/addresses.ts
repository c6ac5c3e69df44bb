// Source addresses that more than one table cites, written once (each table says what it takes from
// them). The ones below the catalogue's own are cited by the rules' references and the participation
// data too, which import them through the catalogue's index.

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

/** The Commission's 9th session (2006) on UNCTAD's site. */
export const NINTH_SESSION_URL =
  "https://unctad.org/meeting/commission-science-and-technology-development-ninth-session";
/** The Commission's 12th session (2009) on UNCTAD's site. */
export const TWELFTH_SESSION_URL =
  "https://unctad.org/meeting/commission-science-and-technology-development-twelfth-session";
/** The joint meeting of ECOSOC with the chairs of its functional commissions (sessions of five working days). */
export const SESSION_LENGTH_URL =
  "https://ecosoc.un.org/en/events/2021/joint-meeting-economic-and-social-council-chairs-functional-commissions-and-expert";
/** ECOSOC's substantive session in July. */
export const ECOSOC_SESSION_URL = "http://csonet.org/?menu=123";
/** Digital Watch's copy of the Geneva Plan of Action. */
export const GENEVA_PLAN_URL = "https://dig.watch/resources/geneva-plan-action/";
/** The consultation of 24 February 2006 on the action-line facilitators (Tunis Agenda ¶108–109). */
export const FACILITATORS_2006_URL = "http://www.itu.int/net/wsis/implementation/consultation24feb.html";
/** WSIS Flash of December 2014: the WSIS Forum and its facilitators. */
export const WSIS_FLASH_2014_URL =
  "http://groups.itu.int/stocktaking/WSISFlash/WSISFlashDecember2014Issue.aspx";
/** The WSIS–SDG matrix. */
export const WSIS_SDG_URL = "https://www.itu.int/net4/wsis/sdg/";
/** A/RES/45/238 B and A/RES/49/221 B, the six-week rule for pre-session documents. */
export const RES_45_238_URL = "https://digitallibrary.un.org/record/192871";
export const RES_49_221_URL = "https://digitallibrary.un.org/record/193222";
/** The NGOs and the academic entities taking part in the Commission's 11th session (2008). */
export const CSTD11_NGOS_URL = "https://muguet.com/www.wsis-finance.org/CSTD/CSTD11-ngos.html";
export const CSTD11_ACADEMICS_URL = "https://muguet.com/www.wsis-finance.org/CSTD/CSTD11-academics.html";
/** The WSIS+10 and WSIS+20 reviews (Digital Watch). */
export const WSIS_REVIEWS_URL = "https://dig.watch/?p=237866";
