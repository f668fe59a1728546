import { useQuery } from "convex/react";
import { useMemo, useRef, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { api } from "../../../convex/_generated/api";
import type { Id } from "../../../convex/_generated/dataModel";
import type { ReplyAddonMessage } from "@/components/reply-addon";
import { CodeBlockRun } from "./CodeBlockRun";
import { useCodeBlockHosts, type BlockPlan } from "./use-code-block-hosts";
import "./code-run.css";

/**
 * Wraps a finished reply: when this deployment runs code, each Python /
 * JavaScript / TypeScript block gets a Run button and its latest output,
 * portalled in after the block. Running is always the user's click.
 */
export function RunnableReply({ message, children }: { message: ReplyAddonMessage; children: ReactNode }) {
  // Only fenced blocks can run: a reply without a fence asks the server nothing.
  const finished =
    message.role === "assistant" &&
    (message.status === "done" || message.status === "stopped") &&
    /```|~~~/.test(message.content);
  const answer = useQuery(api.code.runs.enabled, finished ? {} : "skip");
  const enabled = answer?.enabled === true;
  const messageId = message._id as Id<"messages">;
  const blocks = useQuery(api.code.runs.forMessage, finished && enabled ? { messageId } : "skip");
  // A new plan object only when the numbering changes, not on every run update.
  const planKey = blocks ? JSON.stringify([blocks.blockCount, blocks.runnable]) : null;
  const plan = useMemo<BlockPlan>(() => {
    if (!planKey) return null;
    const [blockCount, runnable] = JSON.parse(planKey) as [number, NonNullable<BlockPlan>["runnable"]];
    return { blockCount, runnable };
  }, [planKey]);
  const root = useRef<HTMLDivElement>(null);
  const hosts = useCodeBlockHosts(root, plan);
  return (
    // data-code-runs: whether this deployment runs code, once the server has said ("pending" until then).
    <div
      ref={root}
      data-testid="runnable-reply"
      data-code-runs={answer === undefined ? "pending" : enabled ? "on" : "off"}
    >
      {children}
      {hosts.map((host) =>
        createPortal(
          <CodeBlockRun
            messageId={messageId}
            blockIndex={host.index}
            language={host.language}
            run={blocks?.runs.find((r) => r.blockIndex === host.index)}
          />,
          host.element,
          `${host.index}`,
        ),
      )}
    </div>
  );
}
