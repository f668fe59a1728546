import { useId } from "react";
import { THEME_CHOICES, type ThemeChoice } from "../lib/theme/theme";
import { setThemeChoice, useThemeChoice } from "../lib/theme/theme-setting";
import "./theme-switch.css";

const LABELS: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };

/** System / Light / Dark, remembered in this browser and applied at once. */
export function ThemeSwitch() {
  const choice = useThemeChoice();
  const id = useId();
  return (
    <span className="theme-switch">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={choice}
        onChange={(event) => setThemeChoice(event.target.value as ThemeChoice)}
        data-testid="theme-switch"
      >
        {THEME_CHOICES.map((option) => (
          <option key={option} value={option}>
            {LABELS[option]}
          </option>
        ))}
      </select>
    </span>
  );
}
