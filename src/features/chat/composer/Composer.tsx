import { useId, useState, type ClipboardEvent, type FormEvent, type KeyboardEvent } from "react";
import { appErrorOf } from "@rules/app-error-of";
import { userMessageFor } from "@rules/errors";
import { MAX_INPUT_CHARS } from "@rules/input/length";
import { validateInput } from "@rules/input/validate-input";
import { SendIcon } from "@/components/icons";
import { LinkedText } from "@/components/LinkedText";
import { useBrowserOnline } from "@/lib/network/use-browser-online";
import { useSendLimit } from "@/lib/send-limit/send-limit-context";
import { CharCount } from "./CharCount";
import type { CouncilModel, CouncilOffer } from "@rules/council";
import { CouncilToggle } from "./CouncilToggle";
import { composerKeyAction } from "./composer-keys";
import { useComposerRequest, type ComposerRequest } from "./composer-request";
import { DocsModeToggle, type DocsMode } from "./DocsModeToggle";
import { ExposedKeyWarning } from "./ExposedKeyWarning";
import { ModelPicker } from "./ModelPicker";
import { OwnKeyIndicator } from "./OwnKeyIndicator";
import "./composer.css";
import { pasteRefusal, pastedSecretRefusal } from "./paste-guard";
import { useDraft } from "./use-draft";
import { useExposedKeyInDraft } from "./use-exposed-key-in-draft";

type ComposerProps = {
  /** Where the draft is kept ("new" or a conversation id). */
  draftKey: string;
  /** Sends the text; rejects with the server's error, in which case the draft stays. */
  onSend: (
    text: string,
    options?: { council?: { members: CouncilModel[] }; docs?: NonNullable<DocsMode> },
  ) => Promise<void>;
  /** What the user's tier may convene (null: no council, no toggle). */
  councilAvailable?: CouncilOffer | null;
  /** A reply is still being written: one at a time. */
  waitingForReply?: boolean;
  /** Text to send as if typed (a prompt suggestion). */
  request?: ComposerRequest;
};

const OFFLINE_REFUSAL =
  "You're offline, so this wasn't sent. Your message is kept here: send it when you're back online.";

export function Composer({
  draftKey,
  onSend,
  waitingForReply = false,
  councilAvailable = null,
  request,
}: ComposerProps) {
  const [draft, setDraft] = useDraft(draftKey);
  const [council, setCouncil] = useState<CouncilModel[] | null>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [docsMode, setDocsMode] = useState<DocsMode>(null);
  const { msLeft, report } = useSendLimit();
  const ids = { input: useId(), count: useId(), hint: useId(), problem: useId(), secret: useId() };
  // A key typed (or dropped) into the message: warned about, alerted once, never sent.
  const exposedKind = useExposedKeyInDraft(draft);
  const online = useBrowserOnline();

  const blocked = msLeft > 0;
  const canSend = !sending && !blocked && !waitingForReply && !exposedKind && draft.trim() !== "";

  async function send() {
    if (!canSend) return;
    // Mirror of the server's rules, for instant feedback; the server decides.
    const check = validateInput(draft);
    if (!check.ok) {
      setProblem(check.reason);
      return;
    }
    // Offline, a send would wait silently on "Sending…": refuse at once and say why (the draft stays).
    if (!online) {
      setProblem(OFFLINE_REFUSAL);
      return;
    }
    const sent = draft;
    setSending(true);
    setProblem(null);
    // Cleared on Enter, as chat apps do (the message shows in the thread); put back if the send fails.
    setDraft((current) => (current === sent ? "" : current));
    try {
      await (councilAvailable && council
        ? onSend(sent, { council: { members: council } })
        : docsMode
          ? onSend(sent, { docs: docsMode })
          : onSend(sent));
    } catch (error) {
      // Whatever went wrong, nothing typed is lost.
      setDraft((current) => (current === "" ? sent : current.startsWith(sent) ? current : `${sent}\n\n${current}`));
      const data = appErrorOf(error);
      if (!report(data)) setProblem(userMessageFor(data, Date.now()));
    } finally {
      setSending(false);
    }
  }

  useComposerRequest(request, draft, setDraft, () => void send());

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    const action = composerKeyAction({
      key: event.key,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      isComposing: event.nativeEvent.isComposing,
      keyCode: event.keyCode,
    });
    if (action !== "send") return;
    event.preventDefault(); // Enter never inserts a line, even when sending is not possible right now.
    void send();
  }

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const { selectionStart, selectionEnd } = event.currentTarget;
    const pasted = event.clipboardData.getData("text/plain");
    // A pasted key never even reaches the draft (which is kept in sessionStorage).
    const refusal = pastedSecretRefusal(pasted) ?? pasteRefusal(draft, selectionStart, selectionEnd, pasted);
    if (!refusal) return;
    event.preventDefault();
    setProblem(refusal);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send();
  }

  const hint = !online
    ? "You're offline: write now, send when you're back online."
    : waitingForReply
      ? "Wait for the reply to finish, or stop it (Esc)."
      : "Enter to send · Shift+Enter for a new line";

  return (
    <form className="composer" onSubmit={onSubmit} aria-busy={sending} data-testid="composer">
      <label htmlFor={ids.input} className="visually-hidden">
        Message
      </label>
      <textarea
        id={ids.input}
        className="composer__input"
        rows={2}
        value={draft}
        maxLength={MAX_INPUT_CHARS}
        placeholder="Ask anything…"
        autoFocus
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        aria-describedby={[ids.hint, ids.count, problem ? ids.problem : "", exposedKind ? ids.secret : ""]
          .filter(Boolean)
          .join(" ")}
        aria-invalid={problem || exposedKind ? true : undefined}
        data-testid="composer-input"
      />
      {sending && !online && (
        <p className="form-ok" role="status" data-testid="composer-queued">
          The connection dropped while sending: your message will go out when you're back online.
        </p>
      )}
      {problem && (
        <p id={ids.problem} className="form-error" role="alert" data-testid="composer-problem">
          <LinkedText text={problem} />
        </p>
      )}
      {exposedKind && <ExposedKeyWarning id={ids.secret} kind={exposedKind} />}
      <div className="composer__bar">
        <span id={ids.hint} className="composer__hint" data-testid="composer-hint" data-offline={!online}>
          {hint}
        </span>
        <ModelPicker draftKey={draftKey} />
        {councilAvailable && <CouncilToggle offer={councilAvailable} members={council} onChange={setCouncil} />}
        <DocsModeToggle mode={docsMode} onChange={setDocsMode} />
        <OwnKeyIndicator />
        <CharCount id={ids.count} length={draft.length} />
        <button
          type="submit"
          className="button button--primary"
          disabled={!canSend}
          aria-busy={sending}
          data-testid="send-button"
        >
          <SendIcon />
          <span>{sending ? (online ? "Sending…" : "Waiting for network…") : "Send"}</span>
        </button>
      </div>
    </form>
  );
}
