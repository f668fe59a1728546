import type { ReactNode } from "react";
import { ReplyAddonContext, type ReplyAddonMessage } from "../components/reply-addon";
import { ChatLayout } from "../features/chat/ChatLayout";
import { RunnableReply } from "../features/code-run/RunnableReply";
import { CouncilReply } from "../features/council/CouncilReply";
import { LimitNotice } from "../features/usage/LimitNotice";

/** A council reply shows the council; any other reply gets code-run's Run buttons. */
function ReplyAddons({ message, children }: { message: ReplyAddonMessage; children: ReactNode }) {
  return (
    <CouncilReply message={message}>
      <RunnableReply message={message}>{children}</RunnableReply>
    </CouncilReply>
  );
}

/** Features meet here: chat shows the usage feature's limit notice in its composer slot, code-run's Run buttons and the council on replies. */
export function ChatRoute() {
  return (
    <ReplyAddonContext.Provider value={ReplyAddons}>
      <ChatLayout composerNotice={<LimitNotice />} />
    </ReplyAddonContext.Provider>
  );
}
