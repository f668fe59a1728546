// Attack: become admin by signing in with an email from ADMIN_EMAILS that the
// issuer never verified; or stay admin after the operator removed the email.
import { afterEach, beforeEach, expect, it } from "vitest";
import { api } from "../_generated/api";
import { newBackend, type Backend } from "../test.setup";

const CLERK = "https://clerk.example.com";
const listed = "boss@example.com";
let savedAdmins: string | undefined;
beforeEach(() => {
  savedAdmins = process.env.ADMIN_EMAILS;
  process.env.ADMIN_EMAILS = `${listed}, other@example.com`;
});
afterEach(() => {
  process.env.ADMIN_EMAILS = savedAdmins;
});

function clerkUser(t: Backend, emailVerified: boolean | undefined, email = listed) {
  return t.withIdentity({
    issuer: CLERK,
    subject: "user_1",
    name: "Boss",
    email,
    ...(emailVerified === undefined ? {} : { emailVerified }),
  });
}

async function roleAfterSignIn(t: Backend, as: ReturnType<typeof clerkUser>) {
  await as.mutation(api.users.me.ensure, {});
  return (await as.query(api.users.me.get, {})).role;
}

const auditRows = (t: Backend) => t.run((ctx) => ctx.db.query("auditLog").collect());

it.each([
  ["unverified", false],
  ["without an email_verified claim", undefined],
])("a listed email that is %s does not make an admin, and nothing is audited", async (_name, verified) => {
  const t = newBackend();
  expect(await roleAfterSignIn(t, clerkUser(t, verified))).toBe("user");
  expect(await auditRows(t)).toEqual([]);
});

it("a verified listed email makes an admin, audited as a grant from ADMIN_EMAILS", async () => {
  const t = newBackend();
  expect(await roleAfterSignIn(t, clerkUser(t, true, "BOSS@example.com"))).toBe("admin");
  const [row, ...rest] = await auditRows(t);
  expect(rest).toEqual([]);
  expect(row).toMatchObject({ action: "grant_admin", before: null, after: "admin", source: "admin_emails" });
  expect(row!.actorId).toBe(row!.targetId);
});

it("removal from ADMIN_EMAILS revokes the role at the next sign-in, audited; signing in again changes nothing more", async () => {
  const t = newBackend();
  const as = clerkUser(t, true);
  expect(await roleAfterSignIn(t, as)).toBe("admin");
  process.env.ADMIN_EMAILS = "other@example.com";
  expect(await roleAfterSignIn(t, as)).toBe("user");
  expect(await roleAfterSignIn(t, as)).toBe("user");
  expect((await auditRows(t)).map((r) => [r.action, r.before, r.after])).toEqual([
    ["grant_admin", null, "admin"],
    ["revoke_admin", "admin", "user"],
  ]);
});

it("an admin whose email is no longer verified loses the role", async () => {
  const t = newBackend();
  expect(await roleAfterSignIn(t, clerkUser(t, true))).toBe("admin");
  expect(await roleAfterSignIn(t, clerkUser(t, false))).toBe("user");
  expect((await auditRows(t)).map((r) => r.action)).toEqual(["grant_admin", "revoke_admin"]);
});

it("the revoked admin is refused by admin functions at once", async () => {
  const t = newBackend();
  const as = clerkUser(t, true);
  await roleAfterSignIn(t, as);
  await as.query(api.admin.audit.list, { paginationOpts: { numItems: 5, cursor: null } });
  process.env.ADMIN_EMAILS = "";
  await roleAfterSignIn(t, as);
  await expect(as.query(api.admin.audit.list, { paginationOpts: { numItems: 5, cursor: null } })).rejects.toThrow();
});

it("a dev_role claim from an issuer that is not the trusted dev issuer grants nothing", async () => {
  const t = newBackend();
  const forged = t.withIdentity({
    issuer: CLERK,
    subject: "user_2",
    name: "Mallory",
    email: "m@example.com",
    emailVerified: true,
    dev_role: "admin",
    dev_tier: "enterprise",
  });
  await forged.mutation(api.users.me.ensure, {});
  expect(await forged.query(api.users.me.get, {})).toMatchObject({ role: "user", tier: "free" });
});
