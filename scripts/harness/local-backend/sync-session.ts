import type { JSONValue } from "convex/values";
import type { WebSocket } from "ws";
import { AuthError, type Identity } from "./auth";
import { encodeTs } from "./encoding";
import type { Engine, FunctionKind } from "./engine";

type Verify = (token: string) => Promise<Identity>;
type Version = { querySet: number; identity: number; ts: bigint };
type Subscription = { udfPath: string; args: JSONValue; lastSent?: string };
// The client messages we serve; shapes from convex/browser/sync/protocol.
type ClientMessage =
  | { type: "Connect" | "Event" }
  | { type: "Authenticate"; tokenType: "User" | "None" | "Admin"; value?: string; baseVersion: number }
  | {
      type: "ModifyQuerySet";
      newVersion: number;
      modifications: (
        { type: "Add"; queryId: number; udfPath: string; args: JSONValue[] } | { type: "Remove"; queryId: number }
      )[];
    }
  | { type: "Mutation" | "Action"; requestId: number; udfPath: string; args: JSONValue[] };

const PING_INTERVAL_MS = 15_000; // the client reconnects after 60 s of silence

/** One WebSocket client of the sync protocol: its identity, its query set, its version. */
export function serveSyncSession(ws: WebSocket, engine: Engine, verify: Verify) {
  let identity: Identity | undefined;
  const version: Version = { querySet: 0, identity: 0, ts: 0n };
  const sent: Version = { ...version };
  const subscriptions = new Map<number, Subscription>();
  const removed = new Set<number>();
  let inbox = Promise.resolve(); // messages are handled in order, like Convex does
  let syncing: Promise<void> | undefined;
  let syncAgain = false;

  const send = (message: object) => ws.readyState === ws.OPEN && ws.send(JSON.stringify(message));
  const stopListening = engine.onWrite(() => void sync());
  const ping = setInterval(() => send({ type: "Ping" }), PING_INTERVAL_MS);
  ws.on("close", () => {
    stopListening();
    clearInterval(ping);
  });
  ws.on("message", (raw) => {
    const message = JSON.parse(String(raw)) as ClientMessage;
    inbox = inbox
      .then(async () => void (await handle(message)))
      .catch((e) => void send({ type: "FatalError", error: String(e) }));
  });

  async function handle(message: ClientMessage) {
    switch (message.type) {
      case "Authenticate":
        return authenticate(message);
      case "ModifyQuerySet":
        for (const change of message.modifications) {
          if (change.type === "Add")
            subscriptions.set(change.queryId, { udfPath: change.udfPath, args: change.args[0] ?? {} });
          else if (subscriptions.delete(change.queryId)) removed.add(change.queryId);
        }
        version.querySet = message.newVersion;
        return sync();
      case "Mutation":
        return call("mutation", message);
      case "Action":
        // Started in order (it sees the identity set before it), but not
        // awaited: actions may run for minutes and must not hold up the session.
        void call("action", message);
        return;
    }
  }

  async function authenticate(message: Extract<ClientMessage, { type: "Authenticate" }>) {
    try {
      if (message.tokenType === "Admin") throw new AuthError("Admin tokens are not accepted by the local backend");
      identity = message.tokenType === "User" ? await verify(message.value ?? "") : undefined;
      version.identity = message.baseVersion + 1;
      await sync();
    } catch (e) {
      identity = undefined;
      send({
        type: "AuthError",
        error: (e as Error).message,
        baseVersion: message.baseVersion,
        authUpdateAttempted: true,
      });
    }
  }

  async function call(kind: FunctionKind, message: { requestId: number; udfPath: string; args: JSONValue[] }) {
    const outcome = await engine.run(kind, message.udfPath, message.args[0] ?? {}, identity);
    const type = kind === "mutation" ? "MutationResponse" : "ActionResponse";
    if (!outcome.ok) {
      return send({
        type,
        requestId: message.requestId,
        success: false,
        result: outcome.message,
        errorData: outcome.data,
        logLines: [],
      });
    }
    // A mutation's result is shown once a Transition reaches its timestamp,
    // which the write listener triggers: that is read-your-writes.
    const ts = kind === "mutation" ? { ts: encodeTs(engine.markWrite()) } : {};
    send({ type, requestId: message.requestId, success: true, result: outcome.value, logLines: [], ...ts });
  }

  // Re-runs every subscribed query and sends one Transition holding only the
  // results that changed. Overlapping calls coalesce into one more pass.
  function sync(): Promise<void> {
    if (syncing) {
      syncAgain = true;
      return syncing;
    }
    syncing = (async () => {
      do {
        syncAgain = false;
        await syncOnce();
      } while (syncAgain);
    })().finally(() => (syncing = undefined));
    return syncing;
  }

  async function syncOnce() {
    const end: Version = { ...version, ts: maxTs(engine.lastWriteTs(), sent.ts) };
    const modifications: object[] = [...removed].map((queryId) => ({ type: "QueryRemoved", queryId }));
    removed.clear();
    for (const [queryId, sub] of [...subscriptions]) {
      const outcome = await engine.run("query", sub.udfPath, sub.args, identity);
      const serialised = JSON.stringify(outcome);
      if (serialised === sub.lastSent || subscriptions.get(queryId) !== sub) continue;
      sub.lastSent = serialised;
      modifications.push(
        outcome.ok
          ? { type: "QueryUpdated", queryId, value: outcome.value, logLines: [], journal: null }
          : {
              type: "QueryFailed",
              queryId,
              errorMessage: outcome.message,
              errorData: outcome.data ?? null,
              logLines: [],
              journal: null,
            },
      );
    }
    const unchanged = end.querySet === sent.querySet && end.identity === sent.identity && end.ts === sent.ts;
    if (unchanged && modifications.length === 0) return;
    send({ type: "Transition", startVersion: wire(sent), endVersion: wire(end), modifications, serverTs: Date.now() });
    Object.assign(sent, end);
  }
}

const wire = (v: Version) => ({ querySet: v.querySet, identity: v.identity, ts: encodeTs(v.ts) });
const maxTs = (a: bigint, b: bigint) => (a > b ? a : b);
