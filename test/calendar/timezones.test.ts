// Issue 10, item 2: date arithmetic never depends on the machine's time zone. The old local-time
// `Date` steps never ended under TZ=Pacific/Kiritimati (which skipped 31 December 1994) and gave other
// dates under TZ=Pacific/Apia (which skipped 30 December 2011). This runs the default programme and
// those cases in child processes under four zones and compares the bytes.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { zoneOutput } from "./_zoneOutput.ts";

const SCRIPT = fileURLToPath(new URL("./_zoneOutput.ts", import.meta.url));
const ZONES = ["UTC", "Pacific/Kiritimati", "Pacific/Apia", "America/Los_Angeles"] as const;

function runIn(zone: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      "npx",
      ["tsx", SCRIPT],
      { env: { ...process.env, TZ: zone }, timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`TZ=${zone}: ${error.message}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

describe("time zones (issue 10)", () => {
  it("gives byte-identical output under UTC, Kiritimati, Apia and Los Angeles", async () => {
    const outputs = await Promise.all(ZONES.map(runIn));
    const here = zoneOutput();
    expect(here.length).toBeGreaterThan(10_000);
    for (const [i, output] of outputs.entries()) {
      expect({ zone: ZONES[i], same: output === here }).toStrictEqual({ zone: ZONES[i], same: true });
    }
  }, 120_000);

  it("dates the 1995 Kiritimati case around the skipped day", () => {
    const out = JSON.parse(zoneOutput()) as {
      kiritimatiAcross: { programme: { sessions: { opens: string; closes: string }[] } };
      nthMonday: string[];
    };
    // 29 December 1994 is a Thursday: Thu, Fri, then Tue 3 (Monday 2 January is a holiday), Wed 4, Thu 5.
    expect(out.kiritimatiAcross.programme.sessions[0]).toMatchObject({
      opens: "1994-12-29",
      closes: "1995-01-05",
    });
    expect(out.nthMonday).toStrictEqual(["1994-01-03", "1995-01-02", "2011-01-03", "2012-01-02"]);
  });
});
