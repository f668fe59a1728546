// An existing conversation's model choice, kept on the server: what its
// picker shows on every device, and what the picker changes (at once on
// screen, through an optimistic update; rolled back if the server refuses).
import { useMutation, useQuery } from "convex/react";
import { api } from "../../../../convex/_generated/api";
import type { Id } from "../../../../convex/_generated/dataModel";
import type { ModelChoice } from "./model-choice";

/** The conversation's stored choice (null: Default), undefined while loading or for a new chat. */
export function useStoredModelChoice(conversationId: Id<"conversations"> | undefined): ModelChoice | null | undefined {
  return useQuery(api.chat.conversations.get, conversationId ? { conversationId } : "skip")?.model;
}

export function useChooseModel() {
  return useMutation(api.chat["model-choice"].choose).withOptimisticUpdate((store, { conversationId, model }) => {
    const shown = store.getQuery(api.chat.conversations.get, { conversationId });
    if (shown) store.setQuery(api.chat.conversations.get, { conversationId }, { ...shown, model });
  });
}
