// The LLM providers this app can call, derived from the registry
// (rules/providers/). Kept as a short import path for both sides.
export { PROVIDER_NAMES, isProviderName, type ProviderName } from "./providers";
