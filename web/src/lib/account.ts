/**
 * What the sign-up, code and sign-in screens hand to each other, in this tab's memory only (never in
 * storage): the address and password just registered, so the visitor is signed in once the code is
 * confirmed, and a notice for the sign-in screen. Read without being used up (React may render twice);
 * each is cleared once it has served.
 */
export interface PendingVerification {
  email: string;
  /** The password just chosen, to sign in with once the code is confirmed. */
  password?: string;
  /** When the code was asked for (ms), to tell an expired code from a wrong one. */
  sentAt: number | null;
  /** Why the visitor was sent to the code screen, in words. */
  reason?: string;
}

let pending: PendingVerification | null = null;
let notice: { message: string; email?: string } | null = null;

export const handoff = {
  toVerify(value: PendingVerification) {
    pending = value;
  },
  get verify(): PendingVerification | null {
    return pending;
  },
  toSignIn(message: string, email?: string) {
    notice = { message, email };
  },
  get signIn() {
    return notice;
  },
  clear() {
    pending = null;
    notice = null;
  },
};
