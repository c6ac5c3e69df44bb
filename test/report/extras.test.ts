import { describe, expect, it } from "vitest";
import {
  alignWithUngis,
  proposeUngisPlan,
  renderHtml,
  renderMarkdown,
  type UngisPlan,
} from "../../src/index.ts";
import { defaultProgramme } from "./fixtures.ts";

/** The proposed UNGIS plan with one theme too many in its first year and one missing in its second. */
function unevenAlignment() {
  const programme = defaultProgramme();
  const plan = structuredClone(proposeUngisPlan(programme)) as UngisPlan;
  plan.years[0]?.themes.push({ title: "Media literacy | <i>pilot</i>", actionLines: ["C9"] });
  plan.years[1]?.themes.pop();
  return { programme, alignment: alignWithUngis(programme, plan) };
}

describe("extras: UNGIS alignment", () => {
  it("renders the alignment section", async () => {
    const { programme, alignment } = unevenAlignment();
    const markdown = renderMarkdown(programme, { alignment }, { timeline: false });
    await expect(markdown.slice(markdown.indexOf("## UNGIS alignment"))).toMatchFileSnapshot(
      "./__golden__/alignment.md",
    );
  });

  it("renders nothing of the alignment when it is not given", () => {
    expect(renderMarkdown(defaultProgramme())).not.toContain("UNGIS alignment");
  });

  it("escapes UNGIS theme titles in HTML", () => {
    const { programme, alignment } = unevenAlignment();
    const html = renderHtml(programme, { alignment });
    expect(html).toContain("Media literacy | &lt;i&gt;pilot&lt;/i&gt;");
    expect(html).not.toContain("<i>pilot");
  });
});
