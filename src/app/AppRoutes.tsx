import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router-dom";
import { LoadingPanel } from "../components/LoadingPanel";
import { NotFound } from "../components/NotFound";
import { SignInRoute } from "../features/auth/SignInRoute";
import { RootLayout } from "./RootLayout";

// Everything behind sign-in loads on demand, so the first route (often the
// sign-in page) does not wait for the chat's code.
const SignedInShell = lazy(() => import("./SignedInShell").then((module) => ({ default: module.SignedInShell })));
const NewChatPage = lazy(() => import("../features/chat/NewChatPage").then((module) => ({ default: module.NewChatPage })));
const ConversationPage = lazy(() => import("../features/chat/ConversationPage").then((module) => ({ default: module.ConversationPage })));

export function AppRoutes() {
  return (
    <Suspense fallback={<LoadingPanel label="Loading…" fullPage />}>
      <Routes>
        <Route element={<RootLayout />}>
          {/* "/*": Clerk's <SignIn routing="path"> has sub-steps (/sign-in/factor-one…). */}
          <Route path="sign-in/*" element={<SignInRoute />} />
          <Route element={<SignedInShell />}>
            <Route index element={<NewChatPage />} />
            <Route path="c/:conversationId" element={<ConversationPage />} />
          </Route>
          <Route path="*" element={<NotFound fullPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
