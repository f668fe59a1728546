import { useSyncExternalStore } from "react";
import { createStoredSetting } from "../stored-setting";
import { applyThemeChoice, parseThemeChoice, THEME_STORAGE_KEY, type ThemeChoice } from "./theme";

const setting = createStoredSetting(THEME_STORAGE_KEY);

/** Keeps <html data-theme> on the stored choice: at start, after a change here, and after one in another tab. */
export function followThemeSetting(root: HTMLElement = document.documentElement): () => void {
  const apply = () => applyThemeChoice(root, parseThemeChoice(setting.read()));
  apply();
  return setting.subscribe(apply);
}

export function setThemeChoice(choice: ThemeChoice): void {
  setting.write(choice === "system" ? null : choice);
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(setting.subscribe, () => parseThemeChoice(setting.read()));
}
