import { ChatLayout } from "../features/chat/ChatLayout";
import { LimitNotice } from "../features/usage/LimitNotice";

/** Features meet here: chat shows the usage feature's limit notice in its composer slot. */
export function ChatRoute() {
  return <ChatLayout composerNotice={<LimitNotice />} />;
}
