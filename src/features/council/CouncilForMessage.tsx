import { useQuery } from "convex/react";
import { api } from "../../../convex/_generated/api";
import type { Id } from "../../../convex/_generated/dataModel";
import { CouncilView } from "./CouncilView";

/** The council behind an assistant message, live; nothing when the message had no council. */
export function CouncilForMessage({ messageId }: { messageId: Id<"messages"> }) {
  const run = useQuery(api.council.runs.forMessage, { messageId });
  return run ? <CouncilView run={run} /> : null;
}
