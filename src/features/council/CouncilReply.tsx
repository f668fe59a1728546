import { useQuery } from "convex/react";
import type { ReactNode } from "react";
import { api } from "../../../convex/_generated/api";
import type { Id } from "../../../convex/_generated/dataModel";
import type { ReplyAddonMessage } from "@/components/reply-addon";
import { CouncilView } from "./CouncilView";

/**
 * A reply add-on (components/reply-addon.tsx): a reply that a council
 * answers (the message's `council` flag: no query for other replies) shows the council — final answer first, stages while it
 * runs, answers, critiques and ranking one click away — instead of its plain
 * text (the same final answer). Other replies show as they are.
 */
export function CouncilReply({ message, children }: { message: ReplyAddonMessage; children: ReactNode }) {
  const run = useQuery(
    api.council.runs.forMessage,
    message.council ? { messageId: message._id as Id<"messages"> } : "skip",
  );
  return run ? <CouncilView run={run} /> : <>{children}</>;
}
