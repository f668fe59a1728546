import { useEffect, useMemo } from "react";
import { useLocation } from "react-router-dom";
import { useCurrentUser } from "@/lib/current-user/use-current-user";
import { describeSecretKind, exposedKeyKind, reportExposedKey, urlText } from "@/lib/monitoring/exposed-key";
import "./alerts.css";

/** A key in the address bar ends up in history, bookmarks and referrers: say so, and alert (kind only). */
export function ExposedKeyInUrlNotice() {
  const { pathname, search, hash } = useLocation();
  const path = pathname + search + hash;
  const kind = useMemo(() => exposedKeyKind(urlText(path), "url"), [path]);
  // Alerts de-dup per user: wait until we know who this is.
  const userId = useCurrentUser()?._id;

  useEffect(() => {
    if (kind && userId) reportExposedKey(kind, "url", userId);
  }, [kind, userId]);

  if (!kind) return null;
  return (
    <p className="exposed-key-banner" role="alert" data-testid="exposed-key-in-url" data-kind={kind}>
      This page&apos;s address contains what looks like {describeSecretKind(kind)}. Remove it from the address bar and
      your history, and if it is a real key, revoke it at the provider.
    </p>
  );
}
