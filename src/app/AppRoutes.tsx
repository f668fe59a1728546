import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router-dom";
import { LoadingPanel } from "../components/LoadingPanel";
import { NotFound } from "../components/NotFound";
import { SignInRoute } from "../features/auth/SignInRoute";
import { RootLayout } from "./RootLayout";

// Everything behind sign-in loads on demand, so the first route (often the
// sign-in page) does not wait for the chat's code.
const SignedInShell = lazy(() => import("./SignedInShell").then((module) => ({ default: module.SignedInShell })));
const NewChatPage = lazy(() =>
  import("../features/chat/NewChatPage").then((module) => ({ default: module.NewChatPage })),
);
const ChatRoute = lazy(() => import("./ChatRoute").then((module) => ({ default: module.ChatRoute })));
const SettingsPage = lazy(() =>
  import("../features/settings/SettingsPage").then((module) => ({ default: module.SettingsPage })),
);
const DocumentsPage = lazy(() =>
  import("../features/docs/DocumentsPage").then((module) => ({ default: module.DocumentsPage })),
);
// Admin code (charts included) is fetched only when an admin opens it.
const AdminPage = lazy(() => import("../features/admin/AdminPage").then((module) => ({ default: module.AdminPage })));
const ConversationPage = lazy(() =>
  import("../features/chat/ConversationPage").then((module) => ({ default: module.ConversationPage })),
);

export function AppRoutes() {
  return (
    <Suspense fallback={<LoadingPanel label="Loading…" fullPage />}>
      <Routes>
        <Route element={<RootLayout />}>
          {/* "/*": Clerk's <SignIn routing="path"> has sub-steps (/sign-in/factor-one…). */}
          <Route path="sign-in/*" element={<SignInRoute />} />
          <Route element={<SignedInShell />}>
            <Route element={<ChatRoute />}>
              <Route index element={<NewChatPage />} />
              <Route path="c/:conversationId" element={<ConversationPage />} />
            </Route>
            <Route path="settings" element={<SettingsPage />} />
            <Route path="documents" element={<DocumentsPage />} />
            <Route path="admin" element={<AdminPage />} />
          </Route>
          <Route path="*" element={<NotFound fullPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
