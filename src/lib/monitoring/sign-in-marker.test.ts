// @vitest-environment jsdom
import { afterEach, expect, it } from "vitest";
import { forgetSignIn, isNewSignIn } from "./sign-in-marker";

afterEach(() => sessionStorage.clear());

it("counts a sign-in once per user per tab, again after sign-out or for another user", () => {
  expect(isNewSignIn("u1")).toBe(true);
  expect(isNewSignIn("u1")).toBe(false); // a reload
  expect(isNewSignIn("u2")).toBe(true);
  forgetSignIn();
  expect(isNewSignIn("u2")).toBe(true);
});
