import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { forgetByokOnSignOut } from "@/lib/byok/byok-owner";
import { clearAllDrafts } from "@/lib/drafts/draft-storage";
import { resetAnalytics } from "@/lib/monitoring/posthog";
import { clearReplyCache } from "@/lib/response-cache/user-reply-cache";
import { useAuthAdapter } from "./auth-adapter";

export function SignOutButton() {
  const { signOut } = useAuthAdapter();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  async function onClick() {
    setBusy(true);
    // Drafts, cached replies and own keys first: whoever signs in next in this browser must not see them.
    clearAllDrafts();
    clearReplyCache();
    resetAnalytics();
    try {
      await forgetByokOnSignOut();
      await signOut();
      // Plain /sign-in, without "?from=": the next person should not land on this one's conversation.
      navigate("/sign-in", { replace: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <button
      type="button"
      className="button button--ghost"
      data-testid="sign-out"
      disabled={busy}
      aria-busy={busy}
      onClick={() => void onClick()}
    >
      Sign out
    </button>
  );
}
