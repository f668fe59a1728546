import { defineSchema } from "convex/server";
import { chatTables } from "./chat/tables";
import { guardrailTables } from "./guardrails/tables";
import { providerTables } from "./providers/tables";
import { userTables } from "./users/tables";

export default defineSchema({ ...userTables, ...chatTables, ...guardrailTables, ...providerTables });
