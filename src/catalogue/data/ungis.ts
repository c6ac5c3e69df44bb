import type { z } from "zod";
import type { InterAgencyGroupSchema } from "../../model/index.ts";

export const UNGIS: z.input<typeof InterAgencyGroupSchema> = {
  id: "UNGIS",
  name: "United Nations Group on the Information Society",
  members: [],
  membersStatus: "recalled",
  chairs: [],
  source: "",
};
