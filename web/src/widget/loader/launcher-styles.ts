/**
 * Styles of the bubble and panel. They live inside a Shadow DOM, so the store's CSS cannot reach
 * them and ours cannot leak out. Colours meet WCAG AA: white on #1f5f5b is 7.6:1, on #b3261e 6.5:1.
 */
export const launcherCss = `
:host { all: initial; }
.waiting { display: none; }
.bubble { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; width: 60px; height: 60px; padding: 0;
  border: 0; border-radius: 50%; background: #1f5f5b; color: #fff; cursor: pointer; display: flex;
  align-items: center; justify-content: center; box-shadow: 0 6px 20px rgba(0,0,0,.25); }
.bubble:focus-visible { outline: 3px solid #f0a23b; outline-offset: 3px; }
.bubble svg { width: 28px; height: 28px; fill: currentColor; }
.bubble .icon-close, .open .bubble .icon-chat { display: none; }
.open .bubble .icon-close { display: block; }
.badge { position: absolute; top: -4px; right: -4px; min-width: 22px; height: 22px; padding: 0 6px; box-sizing: border-box;
  border-radius: 11px; background: #b3261e; color: #fff; font: 700 12px/22px system-ui, sans-serif; text-align: center; }
.badge[hidden] { display: none; }
.panel { position: fixed; right: 20px; bottom: 92px; z-index: 2147483000; width: 380px; height: min(640px, calc(100vh - 112px));
  border-radius: 16px; overflow: hidden; background: #fff; box-shadow: 0 12px 40px rgba(0,0,0,.3); }
.panel[hidden] { display: none; }
iframe { display: block; width: 100%; height: 100%; border: 0; }
@media (max-width: 480px) {
  .panel { inset: 0; width: 100%; height: 100%; border-radius: 0; }
  .open .bubble { display: none; }
}
`;
