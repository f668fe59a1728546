// @vitest-environment jsdom
import { afterEach, expect, it, vi } from "vitest";
import { createStoredSetting } from "./stored-setting";

afterEach(() => localStorage.clear());

it("reads, writes, removes and notifies subscribers until they unsubscribe", () => {
  const setting = createStoredSetting("test:setting");
  const listener = vi.fn();
  const stop = setting.subscribe(listener);
  expect(setting.read()).toBeNull();
  setting.write("on");
  expect(setting.read()).toBe("on");
  expect(localStorage.getItem("test:setting")).toBe("on");
  setting.write(null);
  expect(setting.read()).toBeNull();
  expect(listener).toHaveBeenCalledTimes(2);
  stop();
  setting.write("again");
  expect(listener).toHaveBeenCalledTimes(2);
});

it("hears another tab's change to its own key only", () => {
  const setting = createStoredSetting("test:mine");
  const listener = vi.fn();
  setting.subscribe(listener);
  window.dispatchEvent(new StorageEvent("storage", { key: "test:other" }));
  window.dispatchEvent(new StorageEvent("storage", { key: "test:mine" }));
  expect(listener).toHaveBeenCalledTimes(1);
});
