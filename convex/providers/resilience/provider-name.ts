// The provider list lives in rules/ (the browser needs it too); re-exported here so server imports stay short.
export { PROVIDER_NAMES, isProviderName, type ProviderName } from "../../../rules/provider-name";
