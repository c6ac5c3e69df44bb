// Action lines from sectors, for both importers: DAC codes through the table (data/dacSectors.ts), a
// reporter's own codes (vocabulary 98/99) when they are action-line ids, shares from the percentages.

import type { Catalogue } from "../../model/index.ts";
import { sectorMappingOf } from "../data/dacSectors.ts";
import { addTo } from "./collections.ts";

const OWN_VOCABULARIES = new Set(["98", "99"]);

/**
 * A record's action lines and shares from its sectors (DAC codes through the table, the reporter's own
 * codes when they are line ids), and `unmapped` when no sector maps to a line.
 */
export function lineFieldsFromSectors(
  sectors: readonly { vocabulary: string; code: string; percentage?: number }[],
  catalogue: Catalogue,
): { actionLines: string[]; actionLineShares?: number[]; unmapped?: true } {
  const known = new Set(catalogue.actionLines.map((line) => line.id));
  const dac = sectors.filter((sector) => sector.vocabulary === "1");
  const usable = dac.length > 0 ? dac : sectors.filter((sector) => sector.vocabulary === "2");
  const weights = new Map<string, number>();
  for (const sector of usable) {
    const mapping = sectorMappingOf(sector.vocabulary, sector.code);
    if (mapping === undefined) continue;
    const weight = (sector.percentage ?? 100 / usable.length) / mapping.actionLines.length;
    for (const line of mapping.actionLines) if (known.has(line)) addTo(weights, line, weight);
  }
  for (const sector of sectors) {
    if (OWN_VOCABULARIES.has(sector.vocabulary) && known.has(sector.code))
      addTo(weights, sector.code, sector.percentage ?? 100);
  }
  const lines = [...weights.keys()];
  if (lines.length <= 1)
    return lines.length === 0 ? { actionLines: lines, unmapped: true } : { actionLines: lines };
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  const shares = lines.map((line) => Math.round(((weights.get(line) as number) / total) * 10_000) / 100);
  // Rounding drift goes to the largest share, so the shares add up to exactly 100.
  const drift = Math.round((100 - shares.reduce((sum, share) => sum + share, 0)) * 100) / 100;
  const largest = shares.indexOf(Math.max(...shares));
  shares[largest] = Math.round(((shares[largest] as number) + drift) * 100) / 100;
  return { actionLines: lines, actionLineShares: shares };
}
