import { createContext, type ComponentChildren } from "preact";
import { useCallback, useContext, useEffect, useMemo, useState } from "preact/hooks";
import { api, onSessionLost, setCsrfToken } from "./api";

export interface ConsoleUser {
  id: string;
  email: string;
  name: string;
  role: "admin" | "agent";
  locale: string;
}

type SessionState =
  | { kind: "checking" }
  | { kind: "anonymous"; ended: boolean }
  | { kind: "user"; user: ConsoleUser };

interface Session {
  state: SessionState;
  logIn(email: string, password: string): Promise<void>;
  logOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

interface AuthBody {
  user: ConsoleUser | null;
  csrfToken: string | null;
}

/** Who is logged in, from the session cookie (httpOnly: we learn it only by asking /auth/me). */
export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<SessionState>({ kind: "checking" });
  const accept = useCallback((body: AuthBody) => {
    setCsrfToken(body.csrfToken);
    setState(body.user ? { kind: "user", user: body.user } : { kind: "anonymous", ended: false });
  }, []);

  useEffect(() => {
    onSessionLost(() => {
      setCsrfToken(null);
      setState({ kind: "anonymous", ended: true });
    });
    api<AuthBody>("GET", "/auth/me").then(accept, () => setState({ kind: "anonymous", ended: false }));
  }, [accept]);

  const value = useMemo<Session>(
    () => ({
      state,
      async logIn(email, password) {
        accept(await api<AuthBody>("POST", "/auth/login", { email, password }));
      },
      async logOut() {
        await api("POST", "/auth/logout").catch(() => undefined);
        setCsrfToken(null);
        setState({ kind: "anonymous", ended: false });
      },
    }),
    [state, accept],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}

/** The logged-in user; only for components rendered behind the login page. */
export function useUser(): ConsoleUser {
  const { state } = useSession();
  if (state.kind !== "user") throw new Error("useUser without a logged-in user");
  return state.user;
}
