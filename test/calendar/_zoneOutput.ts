// Prints everything date-dependent the library computes, as JSON, for test/calendar/timezones.test.ts,
// which runs this file under several TZ values and compares the bytes.
import {
  checkProgramme,
  createProgramme,
  findDuplicates,
  nthMonday,
  type ProgrammeSpec,
  renderMarkdown,
  sessionCalendar,
  sessionDates,
  toICalendar,
  WSIS_DEFAULT_SPEC,
} from "../../src/index.ts";

const theme = { id: "access", title: "Access", actionLines: ["C2"] };

/** Issue 10's cases: Kiritimati skipped 31 December 1994, Apia skipped 30 December 2011. */
export const ZONE_CASES: Record<string, ProgrammeSpec> = {
  kiritimati1995: {
    title: "Kiritimati 1995",
    startYear: 1995,
    cycles: 1,
    themes: [theme],
    calendar: { holidays: ["1995-01-02"] },
  },
  apia2012: {
    title: "Apia 2012",
    startYear: 2012,
    cycles: 1,
    themes: [theme],
    calendar: { holidays: ["2012-01-02", "2011-12-29"] },
  },
  // Sessions that run across the skipped days.
  kiritimatiAcross: {
    title: "Across 31 December 1994",
    startYear: 1994,
    cycleLength: 1,
    cycles: 1,
    themes: [theme],
    calendar: { sessionDates: [{ year: 1994, opens: "1994-12-29" }], holidays: ["1995-01-02"] },
  },
  apiaAcross: {
    title: "Across 30 December 2011",
    startYear: 2011,
    cycleLength: 1,
    cycles: 1,
    themes: [theme],
    calendar: { sessionDates: [{ year: 2011, opens: "2011-12-28" }], holidays: ["2012-01-02"] },
  },
};

export function zoneOutput(): string {
  const out: Record<string, unknown> = {};
  const programmes = { default: WSIS_DEFAULT_SPEC, ...ZONE_CASES };
  for (const [name, spec] of Object.entries(programmes)) {
    const programme = createProgramme(spec);
    out[name] = {
      programme,
      calendar: sessionCalendar(programme),
      check: checkProgramme(programme),
      markdown: renderMarkdown(programme),
      ics: toICalendar(programme),
    };
  }
  out["nthMonday"] = [1994, 1995, 2011, 2012].map((year) => nthMonday(year, { month: 1, nth: 1 }));
  out["sessionDates"] = sessionDates(2012, true, { sessionStart: { month: 1, nth: 1 } });
  out["duplicates"] = findDuplicates([
    {
      id: "a",
      agency: "ITU",
      title: "Rural broadband",
      actionLines: ["C2"],
      start: "1994",
      end: "2011-12-30",
    },
    {
      id: "b",
      agency: "UNESCO",
      title: "Rural broadband access",
      actionLines: ["C2"],
      start: "1995-01-01",
      end: "2012",
    },
  ]);
  return JSON.stringify(out);
}

if (process.argv[1]?.endsWith("_zoneOutput.ts")) process.stdout.write(zoneOutput());
