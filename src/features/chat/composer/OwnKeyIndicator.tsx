import { Link } from "react-router-dom";
import { KeyIcon } from "@/components/icons";
import { useByokPreference } from "@/lib/byok/use-byok-preference";
import { PROVIDER_LABELS } from "@/lib/vault/byok-provider";

/** Own-key mode is on: said beside the Send button, linking to where it is turned off. */
export function OwnKeyIndicator() {
  const provider = useByokPreference();
  if (!provider) return null;
  return (
    <Link
      to="/settings"
      className="own-key-indicator"
      data-testid="own-key-indicator"
      data-provider={provider}
      title="Your messages go out on your own key. Change this in Settings."
    >
      <KeyIcon />
      <span>Your {PROVIDER_LABELS[provider]} key</span>
    </Link>
  );
}
