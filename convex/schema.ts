import { defineSchema } from "convex/server";
import { chatTables } from "./chat/tables";
import { guardrailTables } from "./guardrails/tables";
import { providerTables } from "./providers/tables";
import { userTables } from "./users/tables";
import { metricTables } from "./metrics/tables";
import { libTables } from "./lib/tables";
import { adminTables } from "./admin/tables";
import { cacheTables } from "./cache/tables";
import { codeTables } from "./code/tables";
import { councilTables } from "./council/tables";
import { docsTables } from "./docs/tables";
import { alertTables } from "./alerts/tables";

export default defineSchema({
  ...userTables,
  ...chatTables,
  ...guardrailTables,
  ...providerTables,
  ...metricTables,
  ...adminTables,
  ...libTables,
  ...cacheTables,
  ...codeTables,
  ...docsTables,
  ...councilTables,
  ...alertTables,
});
