import type { ComponentChildren } from "preact";
import { useI18n } from "../lib/i18n";
import { useSession, useUser } from "../lib/session";
import { LanguageToggle } from "./language-toggle";
import { LiveStatus } from "./live-status";
import { PresenceControl } from "./presence-control";

interface NavItem {
  href: string;
  label: string;
  adminOnly: boolean;
}

/** The frame of every page after log-in: brand, navigation (admins see more), my status, language, log out. */
export function Shell({ path, children }: { path: string; children: ComponentChildren }) {
  const { t } = useI18n();
  const user = useUser();
  const session = useSession();
  const items: NavItem[] = [
    { href: "/inbox", label: t.nav.inbox, adminOnly: false },
    { href: "/dashboard", label: t.nav.dashboard, adminOnly: true },
    { href: "/gaps", label: t.nav.gaps, adminOnly: true },
    { href: "/knowledge", label: t.nav.knowledge, adminOnly: true },
  ];
  const settings: NavItem[] = [
    { href: "/settings/handoff", label: t.nav.handoff, adminOnly: true },
    { href: "/settings/integrations", label: t.nav.integrations, adminOnly: true },
    { href: "/settings/office-hours", label: t.nav.officeHours, adminOnly: true },
    { href: "/settings/users", label: t.nav.users, adminOnly: true },
    { href: "/settings/store", label: t.nav.store, adminOnly: true },
    { href: "/settings/api-keys", label: t.nav.apiKeys, adminOnly: true },
  ];
  const visible = (list: NavItem[]) => list.filter((i) => !i.adminOnly || user.role === "admin");
  const link = (item: NavItem) => {
    const current = path === item.href || path.startsWith(`${item.href}/`);
    return (
      <li key={item.href}>
        <a href={`#${item.href}`} aria-current={current ? "page" : undefined}>
          {item.label}
        </a>
      </li>
    );
  };
  return (
    <div class="shell">
      {/* A button, not href="#main": the hash is the route here. */}
      <button type="button" class="skip" onClick={() => document.getElementById("main")?.focus()}>
        {t.skipToContent}
      </button>
      <header class="topbar">
        <span class="brand">Relevo</span>
        <LiveStatus />
        <div class="topbar-end">
          <PresenceControl />
          <LanguageToggle />
          <span class="who">
            {user.name} <span class="badge">{t.roles[user.role]}</span>
          </span>
          <button type="button" class="ghost" onClick={() => void session.logOut()}>
            {t.logout}
          </button>
        </div>
      </header>
      <div class="body">
        <nav class="sidenav" aria-label={t.mainNav}>
          <ul>{visible(items).map(link)}</ul>
          {user.role === "admin" ? (
            <>
              <h2 class="nav-group">
                <span aria-hidden="true">⚙ </span>
                {t.nav.settings}
              </h2>
              <ul>{visible(settings).map(link)}</ul>
            </>
          ) : null}
        </nav>
        <main id="main" tabIndex={-1} class="content">
          {children}
        </main>
      </div>
    </div>
  );
}
