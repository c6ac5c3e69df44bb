// Headless Chromium for the tests that look at a document where a person sees it: printed to PDF
// (read back with poppler's pdftotext, pictured with pdftoppm) and on screen. `scripts/ci-browser.sh`
// installs Debian's chromium and poppler-utils; where they are missing, `missing` says so and the
// suites skip with that message.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser } from "puppeteer-core";

export const CHROMIUM = "/usr/bin/chromium";

function onPath(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Why the browser tests cannot run here, or undefined when they can. */
export const missing: string | undefined = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is missing (run scripts/ci-browser.sh as root to install Debian's chromium)`
  : !onPath("pdftotext") || !onPath("pdftoppm")
    ? "pdftotext/pdftoppm are missing (run scripts/ci-browser.sh as root to install poppler-utils)"
    : undefined;

/** Where the tests leave their pictures and PDFs for a person to look at (git ignores out/). */
export const ARTIFACTS = join(import.meta.dirname, "..", "..", "out", "browser");

/** Launches headless Chromium with a fresh profile; `close` also removes the profile. */
export async function launch(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "cstd-chromium-"));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--font-render-hinting=none",
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves an artifact under out/browser and returns its path. */
export function saveArtifact(name: string, data: Uint8Array | string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  writeFileSync(path, data);
  return path;
}

/** The text of a PDF as `pdftotext -layout` reads it: pages separated by form feeds. */
export function pdfText(pdfPath: string): string {
  return execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", pdfPath, "-"], { encoding: "utf8" });
}

/** Writes PNGs of the given PDF pages (at `dpi`) next to the PDF: `<prefix>-<page>.png`. */
export function pdfPages(pdfPath: string, prefix: string, first: number, last: number, dpi = 70): void {
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    String(first),
    "-l",
    String(last),
    pdfPath,
    prefix,
  ]);
}

/** Words as a reader sees them: split at spaces, and after a hyphen, dash or slash (where lines may break). */
export function words(text: string): string[] {
  return text
    .split(/\s+|(?<=[-–—/])/u)
    .map((word) => word.replace(/^[("'“‘[]+|[)"'”’\],;:.!?]+$/gu, ""))
    .filter((word) => word !== "");
}
