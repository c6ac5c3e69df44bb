export type { RenderExtras } from "./_lib/extras.ts";
export type { RenderOptions } from "./_lib/inputs.ts";
export { renderHtml } from "./renderHtml.ts";
export { renderMarkdown } from "./renderMarkdown.ts";
export { renderTimelineSvg } from "./renderTimelineSvg.ts";
