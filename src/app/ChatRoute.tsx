import { ReplyAddonContext } from "../components/reply-addon";
import { ChatLayout } from "../features/chat/ChatLayout";
import { RunnableReply } from "../features/code-run/RunnableReply";
import { LimitNotice } from "../features/usage/LimitNotice";

/** Features meet here: chat shows the usage feature's limit notice in its composer slot, and code-run's Run buttons on replies. */
export function ChatRoute() {
  return (
    <ReplyAddonContext.Provider value={RunnableReply}>
      <ChatLayout composerNotice={<LimitNotice />} />
    </ReplyAddonContext.Provider>
  );
}
