// `signed_in` is counted once per sign-in, not once per page load: the tab
// remembers (sessionStorage) which user it already counted, and forgets on
// sign-out so the next sign-in counts again.

const SIGNED_IN_COUNTED_KEY = "guarded-chat:signed-in-counted";

/** True the first time `userId` is seen in this tab since the last sign-out; records it. */
export function isNewSignIn(userId: string): boolean {
  try {
    if (sessionStorage.getItem(SIGNED_IN_COUNTED_KEY) === userId) return false;
    sessionStorage.setItem(SIGNED_IN_COUNTED_KEY, userId);
  } catch {
    // Storage blocked: counted again after a reload, which is the lesser error.
  }
  return true;
}

export function forgetSignIn(): void {
  try {
    sessionStorage.removeItem(SIGNED_IN_COUNTED_KEY);
  } catch {
    // Nothing stored, then.
  }
}
