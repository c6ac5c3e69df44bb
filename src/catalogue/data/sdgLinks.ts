import type { SdgLinkInput } from "../../model/index.ts";
import type { WsisActionLineId } from "./actionLines.ts";
import { WSIS_SDG_URL } from "./addresses.ts";

const MATRIX = `WSIS–SDG matrix (anchor inferred, cell value unconfirmed): ${WSIS_SDG_URL} ; https://docplayer.net/10864647-WSIS-SDG-matrix-linking-wsis-action-lines-with-sustainable-development-goals.html`;

/**
 * The "obvious anchors" between action lines and SDGs, and nothing more. The matrix's cell values
 * could not be read (it is graphical), so every link here is inferred, not read: replace them with
 * the matrix's own values (www.wsis.org/sdg) before relying on any mapping.
 * Each row is [action line, SDGs], its action line checked by the compiler against the WSIS catalogue;
 * every link is `inferred`, from the matrix above.
 * Source: reference/domain-facts.md §7.
 */
export const SDG_LINKS: readonly SdgLinkInput[] = (
  [
    ["C2", [9]],
    ["C4", [4]],
    ["C5", [16]],
    ["C7.e-learning", [4]],
    ["C7.e-health", [3]],
    ["C7.e-employment", [8]],
    ["C7.e-environment", [13, 14, 15]],
    ["C7.e-agriculture", [2]],
    ["C9", [16]],
    ["C10", [16]],
    ["C11", [17]],
  ] satisfies readonly (readonly [actionLine: WsisActionLineId, sdgs: number[]])[]
).map(([actionLine, sdgs]) => ({ actionLine, sdgs, status: "inferred", source: MATRIX }));
