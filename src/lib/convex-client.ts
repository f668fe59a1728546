import { ConvexReactClient } from "convex/react";

let client: ConvexReactClient | undefined;

/** One Convex client (one WebSocket) for the page's lifetime, whatever re-renders. */
export function convexClientFor(url: string): ConvexReactClient {
  client ??= new ConvexReactClient(url);
  return client;
}
