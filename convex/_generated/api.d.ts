/* eslint-disable */
/**
 * Generated `api` utility.
 *
 * THIS CODE IS AUTOMATICALLY GENERATED.
 *
 * To regenerate, run `npx convex dev`.
 * @module
 */

import type {
  ApiFromModules,
  FilterApi,
  FunctionReference,
} from "convex/server";
import type * as admin_alerts from "../admin/alerts.js";
import type * as admin_audit from "../admin/audit.js";
import type * as admin_failovers from "../admin/failovers.js";
import type * as admin_overview from "../admin/overview.js";
import type * as admin_tables from "../admin/tables.js";
import type * as admin_timeline from "../admin/timeline.js";
import type * as admin_top_spenders from "../admin/top-spenders.js";
import type * as admin_users from "../admin/users.js";
import type * as cache_actions from "../cache/actions.js";
import type * as cache_chain from "../cache/chain.js";
import type * as cache_cleanup from "../cache/cleanup.js";
import type * as cache_config from "../cache/config.js";
import type * as cache_eligibility from "../cache/eligibility.js";
import type * as cache_entries from "../cache/entries.js";
import type * as cache_keys from "../cache/keys.js";
import type * as cache_lexical_guard from "../cache/lexical-guard.js";
import type * as cache_lookup from "../cache/lookup.js";
import type * as cache_normalise from "../cache/normalise.js";
import type * as cache_personal_markers from "../cache/personal-markers.js";
import type * as cache_record_policy from "../cache/record-policy.js";
import type * as cache_record from "../cache/record.js";
import type * as cache_tables from "../cache/tables.js";
import type * as chat_batched_writer from "../chat/batched-writer.js";
import type * as chat_byok from "../chat/byok.js";
import type * as chat_cached_source from "../chat/cached-source.js";
import type * as chat_cached from "../chat/cached.js";
import type * as chat_cascade from "../chat/cascade.js";
import type * as chat_context from "../chat/context.js";
import type * as chat_conversations from "../chat/conversations.js";
import type * as chat_generate from "../chat/generate.js";
import type * as chat_generation from "../chat/generation.js";
import type * as chat_messages from "../chat/messages.js";
import type * as chat_ownership from "../chat/ownership.js";
import type * as chat_send from "../chat/send.js";
import type * as chat_tables from "../chat/tables.js";
import type * as code_cascade from "../code/cascade.js";
import type * as code_code_blocks from "../code/code-blocks.js";
import type * as code_config from "../code/config.js";
import type * as code_execute from "../code/execute.js";
import type * as code_hold from "../code/hold.js";
import type * as code_limits from "../code/limits.js";
import type * as code_output_collector from "../code/output-collector.js";
import type * as code_progress from "../code/progress.js";
import type * as code_runs from "../code/runs.js";
import type * as code_sandbox_session from "../code/sandbox-session.js";
import type * as code_tables from "../code/tables.js";
import type * as council_apply_events from "../council/apply-events.js";
import type * as council_call_through_pipeline from "../council/call-through-pipeline.js";
import type * as council_event_batcher from "../council/event-batcher.js";
import type * as council_event_validators from "../council/event-validators.js";
import type * as council_progress from "../council/progress.js";
import type * as council_run_council from "../council/run-council.js";
import type * as council_runs from "../council/runs.js";
import type * as council_tables from "../council/tables.js";
import type * as council_view from "../council/view.js";
import type * as crons from "../crons.js";
import type * as embeddings_config from "../embeddings/config.js";
import type * as embeddings_embed from "../embeddings/embed.js";
import type * as embeddings_hold from "../embeddings/hold.js";
import type * as embeddings_memo from "../embeddings/memo.js";
import type * as embeddings_openrouter from "../embeddings/openrouter.js";
import type * as guardrails_admission from "../guardrails/admission.js";
import type * as guardrails_alerts from "../guardrails/alerts.js";
import type * as guardrails_daily_spend from "../guardrails/daily-spend.js";
import type * as guardrails_rate_limit from "../guardrails/rate-limit.js";
import type * as guardrails_tables from "../guardrails/tables.js";
import type * as guardrails_usage from "../guardrails/usage.js";
import type * as http from "../http.js";
import type * as lib_errors from "../lib/errors.js";
import type * as lib_functions from "../lib/functions.js";
import type * as lib_token_count from "../lib/token-count.js";
import type * as metrics_alerts from "../metrics/alerts.js";
import type * as metrics_client from "../metrics/client.js";
import type * as metrics_exposition from "../metrics/exposition.js";
import type * as metrics_families from "../metrics/families.js";
import type * as metrics_limits from "../metrics/limits.js";
import type * as metrics_monitor from "../metrics/monitor.js";
import type * as metrics_percentiles from "../metrics/percentiles.js";
import type * as metrics_prometheus from "../metrics/prometheus.js";
import type * as metrics_ready from "../metrics/ready.js";
import type * as metrics_record from "../metrics/record.js";
import type * as metrics_reply_metric from "../metrics/reply-metric.js";
import type * as metrics_rollup_store from "../metrics/rollup-store.js";
import type * as metrics_rollup from "../metrics/rollup.js";
import type * as metrics_summary from "../metrics/summary.js";
import type * as metrics_tables from "../metrics/tables.js";
import type * as metrics_thresholds from "../metrics/thresholds.js";
import type * as metrics_timeline from "../metrics/timeline.js";
import type * as metrics_token_check from "../metrics/token-check.js";
import type * as providers_gate from "../providers/gate.js";
import type * as providers_generate_reply from "../providers/generate-reply.js";
import type * as providers_groq_stream from "../providers/groq/stream.js";
import type * as providers_health from "../providers/health.js";
import type * as providers_keys from "../providers/keys.js";
import type * as providers_openrouter_stream from "../providers/openrouter/stream.js";
import type * as providers_queue from "../providers/queue.js";
import type * as providers_resilience_backoff from "../providers/resilience/backoff.js";
import type * as providers_resilience_breaker from "../providers/resilience/breaker.js";
import type * as providers_resilience_classify_thrown from "../providers/resilience/classify-thrown.js";
import type * as providers_resilience_classify from "../providers/resilience/classify.js";
import type * as providers_resilience_config from "../providers/resilience/config.js";
import type * as providers_resilience_env_value from "../providers/resilience/env-value.js";
import type * as providers_resilience_failover_chain from "../providers/resilience/failover-chain.js";
import type * as providers_resilience_health from "../providers/resilience/health.js";
import type * as providers_resilience_http_date from "../providers/resilience/http-date.js";
import type * as providers_resilience_key_id from "../providers/resilience/key-id.js";
import type * as providers_resilience_key_pool from "../providers/resilience/key-pool.js";
import type * as providers_resilience_parse_keys from "../providers/resilience/parse-keys.js";
import type * as providers_resilience_provider_budget from "../providers/resilience/provider-budget.js";
import type * as providers_resilience_provider_name from "../providers/resilience/provider-name.js";
import type * as providers_resilience_queue from "../providers/resilience/queue.js";
import type * as providers_resilience_retry_after from "../providers/resilience/retry-after.js";
import type * as providers_resilience_sdk_error_shape from "../providers/resilience/sdk-error-shape.js";
import type * as providers_resilience_stream_error from "../providers/resilience/stream-error.js";
import type * as providers_seam from "../providers/seam.js";
import type * as providers_settings from "../providers/settings.js";
import type * as providers_state from "../providers/state.js";
import type * as providers_tables from "../providers/tables.js";
import type * as providers_timed_stream from "../providers/timed-stream.js";
import type * as providers_validators from "../providers/validators.js";
import type * as retention_export from "../retention/export.js";
import type * as retention_purge from "../retention/purge.js";
import type * as retention_retention_cutoff from "../retention/retention-cutoff.js";
import type * as users_admin_role from "../users/admin-role.js";
import type * as users_dev_issuer from "../users/dev-issuer.js";
import type * as users_me from "../users/me.js";
import type * as users_tables from "../users/tables.js";

/**
 * A utility for referencing Convex functions in your app's API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = api.myModule.myFunction;
 * ```
 */
declare const fullApi: ApiFromModules<{
  "admin/alerts": typeof admin_alerts;
  "admin/audit": typeof admin_audit;
  "admin/failovers": typeof admin_failovers;
  "admin/overview": typeof admin_overview;
  "admin/tables": typeof admin_tables;
  "admin/timeline": typeof admin_timeline;
  "admin/top-spenders": typeof admin_top_spenders;
  "admin/users": typeof admin_users;
  "cache/actions": typeof cache_actions;
  "cache/chain": typeof cache_chain;
  "cache/cleanup": typeof cache_cleanup;
  "cache/config": typeof cache_config;
  "cache/eligibility": typeof cache_eligibility;
  "cache/entries": typeof cache_entries;
  "cache/keys": typeof cache_keys;
  "cache/lexical-guard": typeof cache_lexical_guard;
  "cache/lookup": typeof cache_lookup;
  "cache/normalise": typeof cache_normalise;
  "cache/personal-markers": typeof cache_personal_markers;
  "cache/record-policy": typeof cache_record_policy;
  "cache/record": typeof cache_record;
  "cache/tables": typeof cache_tables;
  "chat/batched-writer": typeof chat_batched_writer;
  "chat/byok": typeof chat_byok;
  "chat/cached-source": typeof chat_cached_source;
  "chat/cached": typeof chat_cached;
  "chat/cascade": typeof chat_cascade;
  "chat/context": typeof chat_context;
  "chat/conversations": typeof chat_conversations;
  "chat/generate": typeof chat_generate;
  "chat/generation": typeof chat_generation;
  "chat/messages": typeof chat_messages;
  "chat/ownership": typeof chat_ownership;
  "chat/send": typeof chat_send;
  "chat/tables": typeof chat_tables;
  "code/cascade": typeof code_cascade;
  "code/code-blocks": typeof code_code_blocks;
  "code/config": typeof code_config;
  "code/execute": typeof code_execute;
  "code/hold": typeof code_hold;
  "code/limits": typeof code_limits;
  "code/output-collector": typeof code_output_collector;
  "code/progress": typeof code_progress;
  "code/runs": typeof code_runs;
  "code/sandbox-session": typeof code_sandbox_session;
  "code/tables": typeof code_tables;
  "council/apply-events": typeof council_apply_events;
  "council/call-through-pipeline": typeof council_call_through_pipeline;
  "council/event-batcher": typeof council_event_batcher;
  "council/event-validators": typeof council_event_validators;
  "council/progress": typeof council_progress;
  "council/run-council": typeof council_run_council;
  "council/runs": typeof council_runs;
  "council/tables": typeof council_tables;
  "council/view": typeof council_view;
  crons: typeof crons;
  "embeddings/config": typeof embeddings_config;
  "embeddings/embed": typeof embeddings_embed;
  "embeddings/hold": typeof embeddings_hold;
  "embeddings/memo": typeof embeddings_memo;
  "embeddings/openrouter": typeof embeddings_openrouter;
  "guardrails/admission": typeof guardrails_admission;
  "guardrails/alerts": typeof guardrails_alerts;
  "guardrails/daily-spend": typeof guardrails_daily_spend;
  "guardrails/rate-limit": typeof guardrails_rate_limit;
  "guardrails/tables": typeof guardrails_tables;
  "guardrails/usage": typeof guardrails_usage;
  http: typeof http;
  "lib/errors": typeof lib_errors;
  "lib/functions": typeof lib_functions;
  "lib/token-count": typeof lib_token_count;
  "metrics/alerts": typeof metrics_alerts;
  "metrics/client": typeof metrics_client;
  "metrics/exposition": typeof metrics_exposition;
  "metrics/families": typeof metrics_families;
  "metrics/limits": typeof metrics_limits;
  "metrics/monitor": typeof metrics_monitor;
  "metrics/percentiles": typeof metrics_percentiles;
  "metrics/prometheus": typeof metrics_prometheus;
  "metrics/ready": typeof metrics_ready;
  "metrics/record": typeof metrics_record;
  "metrics/reply-metric": typeof metrics_reply_metric;
  "metrics/rollup-store": typeof metrics_rollup_store;
  "metrics/rollup": typeof metrics_rollup;
  "metrics/summary": typeof metrics_summary;
  "metrics/tables": typeof metrics_tables;
  "metrics/thresholds": typeof metrics_thresholds;
  "metrics/timeline": typeof metrics_timeline;
  "metrics/token-check": typeof metrics_token_check;
  "providers/gate": typeof providers_gate;
  "providers/generate-reply": typeof providers_generate_reply;
  "providers/groq/stream": typeof providers_groq_stream;
  "providers/health": typeof providers_health;
  "providers/keys": typeof providers_keys;
  "providers/openrouter/stream": typeof providers_openrouter_stream;
  "providers/queue": typeof providers_queue;
  "providers/resilience/backoff": typeof providers_resilience_backoff;
  "providers/resilience/breaker": typeof providers_resilience_breaker;
  "providers/resilience/classify-thrown": typeof providers_resilience_classify_thrown;
  "providers/resilience/classify": typeof providers_resilience_classify;
  "providers/resilience/config": typeof providers_resilience_config;
  "providers/resilience/env-value": typeof providers_resilience_env_value;
  "providers/resilience/failover-chain": typeof providers_resilience_failover_chain;
  "providers/resilience/health": typeof providers_resilience_health;
  "providers/resilience/http-date": typeof providers_resilience_http_date;
  "providers/resilience/key-id": typeof providers_resilience_key_id;
  "providers/resilience/key-pool": typeof providers_resilience_key_pool;
  "providers/resilience/parse-keys": typeof providers_resilience_parse_keys;
  "providers/resilience/provider-budget": typeof providers_resilience_provider_budget;
  "providers/resilience/provider-name": typeof providers_resilience_provider_name;
  "providers/resilience/queue": typeof providers_resilience_queue;
  "providers/resilience/retry-after": typeof providers_resilience_retry_after;
  "providers/resilience/sdk-error-shape": typeof providers_resilience_sdk_error_shape;
  "providers/resilience/stream-error": typeof providers_resilience_stream_error;
  "providers/seam": typeof providers_seam;
  "providers/settings": typeof providers_settings;
  "providers/state": typeof providers_state;
  "providers/tables": typeof providers_tables;
  "providers/timed-stream": typeof providers_timed_stream;
  "providers/validators": typeof providers_validators;
  "retention/export": typeof retention_export;
  "retention/purge": typeof retention_purge;
  "retention/retention-cutoff": typeof retention_retention_cutoff;
  "users/admin-role": typeof users_admin_role;
  "users/dev-issuer": typeof users_dev_issuer;
  "users/me": typeof users_me;
  "users/tables": typeof users_tables;
}>;
export declare const api: FilterApi<
  typeof fullApi,
  FunctionReference<any, "public">
>;
export declare const internal: FilterApi<
  typeof fullApi,
  FunctionReference<any, "internal">
>;
