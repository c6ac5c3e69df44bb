export type { RenderExtras } from "./_lib/extras.ts";
export type { RenderOptions } from "./_lib/inputs.ts";
export { renderHtml } from "./renderHtml.ts";
export { renderMarkdown } from "./renderMarkdown.ts";
export { renderTimelineSvg } from "./renderTimelineSvg.ts";
export { toCsv } from "./toCsv.ts";
export { type ToICalendarOptions, toICalendar } from "./toICalendar.ts";
export { toJson } from "./toJson.ts";
export { toMermaidGantt } from "./toMermaidGantt.ts";
