import { createContext, createElement, useContext, type ComponentType, type ReactNode } from "react";

/** What a reply add-on may know about the reply it wraps. */
export type ReplyAddonMessage = {
  _id: string;
  role: "user" | "assistant";
  status: string;
  content: string;
  council?: boolean;
};
export type ReplyAddon = ComponentType<{ message: ReplyAddonMessage; children: ReactNode }>;

/**
 * A slot around a reply's rendered markdown, filled where features meet
 * (`src/app/`), so the chat never imports another feature: e.g. code-run's
 * Run buttons on the reply's code blocks. Empty by default.
 */
export const ReplyAddonContext = createContext<ReplyAddon | null>(null);

export function ReplyAddonSlot({ message, children }: { message: ReplyAddonMessage; children: ReactNode }) {
  const Addon = useContext(ReplyAddonContext);
  // The add-on is a module-level component given once by the app, not one made during render.
  return Addon ? createElement(Addon, { message, children }) : <>{children}</>;
}
