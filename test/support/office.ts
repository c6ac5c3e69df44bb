// LibreOffice Writer, headless, for the tests that look at a Word file as a word processor lays it
// out: converted to PDF, then read back with pdftotext like the browser's prints. Fonts: Liberation
// Sans has Arial's metrics, so lines break where they would in Word. `scripts/ci-browser.sh` installs
// libreoffice-writer-nogui and fonts-liberation2; where they are missing, `officeMissing` says so
// and the suite skips with that message.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { missing } from "./browser.ts";

const SOFFICE = "/usr/bin/soffice";

function arialIsLiberation(): boolean {
  try {
    return execFileSync("fc-match", ["Arial"], { encoding: "utf8" }).includes("Liberation Sans");
  } catch {
    return false;
  }
}

/** Why the LibreOffice tests cannot run here, or undefined when they can. */
export const officeMissing: string | undefined = !existsSync(SOFFICE)
  ? `${SOFFICE} is missing (run scripts/ci-browser.sh as root to install libreoffice-writer-nogui)`
  : !arialIsLiberation()
    ? "no font with Arial's metrics (run scripts/ci-browser.sh as root to install fonts-liberation2)"
    : missing;

/** Converts a .docx file to a PDF beside it with LibreOffice (a fresh profile each time) and returns its path. */
export function officePdf(docxPath: string): string {
  const profile = mkdtempSync(join(tmpdir(), "cstd-office-"));
  try {
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dirname(docxPath),
        docxPath,
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(dirname(docxPath), basename(docxPath).replace(/\.docx$/u, ".pdf"));
}
