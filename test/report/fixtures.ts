// Programmes for the report tests, built through the public API.
import { createProgramme, type Programme, WSIS_DEFAULT_SPEC } from "../../src/index.ts";

/** The embedded default programme (CSTD 2027–2036). */
export function defaultProgramme(): Programme {
  return createProgramme(WSIS_DEFAULT_SPEC);
}

/** Untrusted strings every renderer must carry through inert and intact. */
export const HOSTILE = {
  script: "<script>alert(1)</script>",
  cdata: '"]]>',
  formula: '=HYPERLINK("http://x","y")',
  newlines: "line one\nline two\r\nline three",
  punctuation: "a, b; c | d \\ e",
  long: `Long ${"x".repeat(10_000)}`,
  arabic: "التنمية الرقمية من أجل الجميع",
  chinese: "数字发展与可持续发展目标",
  emoji: "🌍👩🏽‍💻 e-health for all",
  markdown: "# heading *emph* _u_ [link](javascript:alert(1)) `code` ~~s~~ $x$ <b>bold</b> &amp;",
  mermaid: "section injected : x ; y # z %%{init: {}}%% click",
  minus: "-1 + 2 @ cell",
} as const;

export type HostileKey = keyof typeof HOSTILE;
export const HOSTILE_KEYS = Object.keys(HOSTILE) as HostileKey[];

/** A programme whose title, themes, agenda items and parallel events all carry hostile text. */
export function hostileProgramme(): Programme {
  const themes = HOSTILE_KEYS.map((key) => ({
    id: `theme-${key}`,
    title: HOSTILE[key],
    actionLines: ["C3"],
  }));
  return createProgramme({
    title: `${HOSTILE.script} ${HOSTILE.cdata} ${HOSTILE.punctuation} ${HOSTILE.arabic}`,
    startYear: 2027,
    cycles: [
      { themes: themes.slice(0, 6).map((theme) => theme.id) },
      { themes: themes.slice(6).map((theme) => theme.id) },
    ],
    themes,
    agenda: HOSTILE_KEYS.map((key) => ({ id: `extra-${key}`, title: HOSTILE[key], years: [2027] })),
    events: HOSTILE_KEYS.map((key, k) => ({
      id: `event-${key}`,
      year: 2028,
      date: `2028-05-${String(8 + (k % 5)).padStart(2, "0")}`,
      title: HOSTILE[key],
      organiser: HOSTILE[key],
    })),
  });
}
