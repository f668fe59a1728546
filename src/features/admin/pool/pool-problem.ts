import { appErrorOf } from "@rules/app-error-of";
import { userMessageFor } from "@rules/errors";

/** What to tell the admin when a pool change is refused (the one message map). */
export const poolProblemText = (error: unknown) => userMessageFor(appErrorOf(error), Date.now());
