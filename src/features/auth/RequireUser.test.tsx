// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router-dom";
import { afterEach, expect, it, vi } from "vitest";
import { AuthAdapterContext, type AuthAdapter } from "./auth-adapter";
import { RequireUser } from "./RequireUser";

// Convex's view of the session and the auth provider's are set per test.
const state = vi.hoisted(() => ({ convex: { isLoading: false, isAuthenticated: false }, providerSignedIn: false }));
vi.mock("convex/react", () => ({ useConvexAuth: () => state.convex }));
vi.mock("./EnsureUser", () => ({ EnsureUser: ({ children }: { children: unknown }) => children }));

afterEach(cleanup);

const adapter: AuthAdapter = {
  SignInView: () => null,
  useIsSignedIn: () => state.providerSignedIn,
  ConvexSession: ({ children }) => children,
  signOut: async () => {},
};

function SignInPage() {
  const location = useLocation();
  return <p data-testid="sign-in-page">{location.search}</p>;
}

function renderAt(path: string) {
  render(
    <AuthAdapterContext.Provider value={adapter}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route
            path="*"
            element={
              <RequireUser>
                <p data-testid="protected">chat</p>
              </RequireUser>
            }
          />
        </Routes>
      </MemoryRouter>
    </AuthAdapterContext.Provider>,
  );
}

it.each([
  {
    name: "waits while Convex checks the token",
    convex: { isLoading: true, isAuthenticated: false },
    signedIn: true,
    shows: "Checking your session…",
  },
  {
    name: "shows the page once Convex accepts the session",
    convex: { isLoading: false, isAuthenticated: true },
    signedIn: true,
    shows: "chat",
  },
  {
    name: "explains, instead of bouncing to /sign-in and back, when Convex rejects a signed-in user's token",
    convex: { isLoading: false, isAuthenticated: false },
    signedIn: true,
    shows: "The server did not accept your session",
  },
])("$name", ({ convex, signedIn, shows }) => {
  state.convex = convex;
  state.providerSignedIn = signedIn;
  renderAt("/c/abc");
  expect(screen.getByText(shows, { exact: false })).toBeTruthy();
  expect(screen.queryByTestId("sign-in-page")).toBeNull();
});

it("sends a signed-out visitor to /sign-in, remembering where they were going", () => {
  state.convex = { isLoading: false, isAuthenticated: false };
  state.providerSignedIn = false;
  renderAt("/c/abc");
  expect(screen.getByTestId("sign-in-page").textContent).toBe("?from=%2Fc%2Fabc");
});
