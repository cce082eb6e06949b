import { useEffect, useState } from "preact/hooks";

/** The current hash route without "#", e.g. "/inbox/3f…" (hash routes: the server only serves index.html). */
function currentPath(): string {
  const path = location.hash.replace(/^#/, "");
  return path.startsWith("/") ? path : "/";
}

export function useHashPath(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const update = () => setPath(currentPath());
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return path;
}

export function navigate(path: string): void {
  location.hash = path;
}

/** "/inbox/abc?x=1" → { segments: ["inbox", "abc"], query } */
export function parsePath(path: string): { segments: string[]; query: URLSearchParams } {
  const [pathname = "", search = ""] = path.split("?");
  return {
    segments: pathname.split("/").filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(search),
  };
}
