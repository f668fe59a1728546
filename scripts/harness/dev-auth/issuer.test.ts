import { decodeJwt } from "jose";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startDevIssuer } from "./issuer";

let issuer: Awaited<ReturnType<typeof startDevIssuer>>;
beforeAll(async () => {
  issuer = await startDevIssuer();
});
afterAll(() => issuer.close());

async function tokenFor(body: unknown) {
  const response = await fetch(`${issuer.issuer}/token`, { method: "POST", body: JSON.stringify(body) });
  return decodeJwt(((await response.json()) as { token: string }).token);
}

it("signs the email asked for, lower-cased, as verified (ADMIN_EMAILS trusts verified emails only)", async () => {
  const claims = await tokenFor({ name: "Ada", email: " Admin@Dev.Local ", role: "user" });
  expect(claims).toMatchObject({
    iss: issuer.issuer,
    email: "admin@dev.local",
    email_verified: true,
    dev_role: "user",
  });
});

it("without an email, signs <name>@dev.local, still verified", async () => {
  expect(await tokenFor({ name: "Grace Hopper" })).toMatchObject({
    email: "grace-hopper@dev.local",
    email_verified: true,
  });
});
