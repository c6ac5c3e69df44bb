/** How reasons name the fields whose names are not plain words (deterministic and overlap pairs alike). */
const LABELS: Readonly<Record<string, string>> = {
  actionLines: "action lines",
  actionLineShares: "shares",
  actualStart: "actual start",
  actualEnd: "actual end",
  crossReferences: "cross-references",
};

/** A field as reasons name it: "actionLines" → "action lines". */
export const fieldLabel = (field: string): string => LABELS[field] ?? field;
