import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isOwnPage, isTrustedSender, WEB_PREFERENCES } from '../../electron/app/security-settings';
import { ROOT } from '../helpers';

describe('desktop security settings', () => {
  it('isolates and sandboxes the page', () => {
    expect(WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  });

  it('has a strict CSP: own origin only, no eval, no inline script, no remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('trusts IPC only from our own top frame', () => {
    expect(isTrustedSender({ url: 'app://proctor/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://proctor/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://other/index.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isOwnPage('file:///etc/passwd')).toBe(false);
  });

  it('uses these settings in main.ts and the built page', () => {
    const main = readFileSync(join(ROOT, 'electron/app/main.ts'), 'utf8');
    for (const [key, value] of Object.entries(WEB_PREFERENCES)) {
      expect(main).toContain(`      ${key}: ${typeof value === 'string' ? `'${value}'` : value},`);
    }
    expect(main).toContain("setWindowOpenHandler(() => ({ action: 'deny' }))");
    expect(main).toContain('setPermissionRequestHandler');
    const ipc = readFileSync(join(ROOT, 'electron/app/ipc.ts'), 'utf8');
    expect(ipc).toContain('isTrustedSender(event.senderFrame)');
    const built = join(ROOT, 'out/renderer/index.html');
    if (existsSync(built)) expect(readFileSync(built, 'utf8')).toContain(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });
});
