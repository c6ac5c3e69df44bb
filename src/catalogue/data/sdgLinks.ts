import type { SdgLinkInput } from "../../model/index.ts";
import type { WsisActionLineId } from "./actionLines.ts";

const MATRIX =
  "WSIS–SDG matrix (anchor inferred, cell value unconfirmed): https://www.itu.int/net4/wsis/sdg/ ; https://docplayer.net/10864647-WSIS-SDG-matrix-linking-wsis-action-lines-with-sustainable-development-goals.html";

/** An SDG link whose action line the compiler checks against the WSIS catalogue. */
interface WsisSdgLink extends SdgLinkInput {
  readonly actionLine: WsisActionLineId;
}

/**
 * The "obvious anchors" between action lines and SDGs, and nothing more. The matrix's cell values
 * could not be read (it is graphical), so every link here is inferred, not read: replace them with
 * the matrix's own values (www.wsis.org/sdg) before relying on any mapping.
 * Source: reference/domain-facts.md §7.
 */
export const SDG_LINKS: readonly SdgLinkInput[] = [
  { actionLine: "C2", sdgs: [9], status: "inferred", source: MATRIX },
  { actionLine: "C4", sdgs: [4], status: "inferred", source: MATRIX },
  { actionLine: "C5", sdgs: [16], status: "inferred", source: MATRIX },
  { actionLine: "C7.e-learning", sdgs: [4], status: "inferred", source: MATRIX },
  { actionLine: "C7.e-health", sdgs: [3], status: "inferred", source: MATRIX },
  { actionLine: "C7.e-employment", sdgs: [8], status: "inferred", source: MATRIX },
  { actionLine: "C7.e-environment", sdgs: [13, 14, 15], status: "inferred", source: MATRIX },
  { actionLine: "C7.e-agriculture", sdgs: [2], status: "inferred", source: MATRIX },
  { actionLine: "C9", sdgs: [16], status: "inferred", source: MATRIX },
  { actionLine: "C10", sdgs: [16], status: "inferred", source: MATRIX },
  { actionLine: "C11", sdgs: [17], status: "inferred", source: MATRIX },
] satisfies readonly WsisSdgLink[];
