import { describe, expect, it } from "vitest";
import { runCli } from "./_run.ts";

const ACTIVITIES = `- id: itu-1
  agency: ITU
  title: Rural broadband for schools in Kenya
  actionLines: [C2]
  start: "2026"
  end: "2027"
  countries: [KEN]
- id: undp-7
  agency: UNDP
  title: Broadband for rural schools, Kenya
  actionLines: [C2]
  start: 2026-03-01
  end: 2027-12-31
  countries: [KEN]
- id: unesco-3
  agency: UNESCO
  title: Open educational resources for teachers in Peru
  actionLines: [C7.e-learning]
  start: "2026"
  end: "2028"
  countries: [PER]
`;

describe("cstd-planner dupes", () => {
  it("groups overlapping activities, places each record in the file, and exits 1", async () => {
    const run = await runCli(["dupes", "activities.yaml"], { "activities.yaml": ACTIVITIES });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^activities\.yaml: 3 activities from 3 agencies; 1 pair at or above the threshold \(score ≥ 0\.50\) in 1 group, /u,
    );
    expect(run.stdout).toContain("Group 1: itu-1, undp-7 (ITU, UNDP; C2)\n  suggested lead: ITU: ");
    expect(run.stdout).toMatch(
      /\n {2}itu-1 \(ITU, activities\.yaml:1:3\) ↔ undp-7 \(UNDP, activities\.yaml:8:3\): score 0\.\d\d\n {6}title: /u,
    );
  });

  it("exits 0 when nothing reaches the threshold", async () => {
    const run = await runCli(["dupes", "activities.yaml", "--threshold", "0.999"], {
      "activities.yaml": ACTIVITIES,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("0 pairs at or above the threshold");
  });

  it("prints the whole report as JSON with --json", async () => {
    const run = await runCli(["dupes", "activities.yaml", "--json"], { "activities.yaml": ACTIVITIES });
    expect(JSON.parse(run.stdout)).toMatchObject({ groups: [["itu-1", "undp-7"]] });
  });

  it("names the file, line and path of a bad record, and exits 2", async () => {
    const run = await runCli(["dupes", "activities.yaml"], {
      "activities.yaml": ACTIVITIES.replace("countries: [PER]", "countries: [PE]"),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "  activities.yaml:21:15: [2].countries[0]: must be an ISO 3166-1 alpha-3 code",
    );
  });

  it("names the option when a threshold is out of range, and exits 2", async () => {
    const run = await runCli(["dupes", "activities.yaml", "--threshold", "2"], {
      "activities.yaml": ACTIVITIES,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("dupes: --threshold must be less than 1");
  });
});
