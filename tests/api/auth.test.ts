import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demoPassword, type TestApp } from './helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ lockoutThreshold: 3, lockoutMinutes: 15 });
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

function cookiesOf(response: { cookies: Array<{ name: string; value: string }> }): string {
  return response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

describe('POST /api/auth/login', () => {
  it('sets an HttpOnly SameSite session cookie and returns the token and the user with roles', async () => {
    const response = await login('canloc', demoPassword);
    expect(response.statusCode).toBe(200);
    const session = response.cookies.find((c) => c.name === 'cchc_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const body = response.json();
    expect(body.token).toBe(session?.value);
    expect(body.user).toMatchObject({
      username: 'canloc',
      roles: [{ role: 'unit_reform_officer', unitCode: '443', unitName: 'Huyện Can Lộc' }],
    });
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${body.token}` },
    });
    expect(me.json().user.username).toBe('canloc');
  });

  it('refuses a wrong password with a Vietnamese message and records the failed sign-in', async () => {
    const response = await login('sotuphap', 'not-the-password-1');
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toEqual({
      code: 'invalid_credentials',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng',
    });
    const audit = (
      await t.as('admin', {
        method: 'GET',
        url: '/api/audit?action=auth.login_failed&actor=sotuphap',
      })
    ).json();
    expect(audit.total).toBe(1);
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const response = await login('nobody-here', 'whatever-123');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('invalid_credentials');
  });

  it('locks the account at the threshold of failures and refuses even the right password while locked', async () => {
    expect((await login('thachha', 'wrong-password-1')).statusCode).toBe(401);
    expect((await login('thachha', 'wrong-password-2')).statusCode).toBe(401);
    const third = await login('thachha', 'wrong-password-3');
    expect(third.statusCode).toBe(423);
    expect(third.json().error.code).toBe('account_locked');
    expect((await login('thachha', demoPassword)).statusCode).toBe(423);
    const audit = (
      await t.as('admin', {
        method: 'GET',
        url: '/api/audit?action=auth.account_locked&actor=thachha',
      })
    ).json();
    expect(audit.total).toBe(1);
    const refused = (
      await t.as('admin', {
        method: 'GET',
        url: '/api/audit?action=auth.login_refused_locked&actor=thachha',
      })
    ).json();
    expect(refused.total).toBe(1);
  });

  it('lets an administrator unlock a locked account', async () => {
    const users = (await t.as('admin', { method: 'GET', url: '/api/users?search=thachha' })).json();
    const id = users.items[0].id;
    expect(users.items[0].lockedUntil).not.toBeNull();
    const unlock = await t.as('admin', {
      method: 'PATCH',
      url: `/api/users/${id}`,
      payload: { unlock: true },
    });
    expect(unlock.statusCode).toBe(200);
    expect((await login('thachha', demoPassword)).statusCode).toBe(200);
  });

  it('rejects a body with an unknown field, listing it', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'a', password: 'b', remember: true },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });
});

describe('login rate limit', () => {
  it('answers 429 too_many_requests past the per-minute limit', async () => {
    const limited = await createTestApp({ loginRateLimitPerMinute: 2 });
    try {
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'x', password: 'y' },
        });
      expect((await attempt()).statusCode).toBe(401);
      expect((await attempt()).statusCode).toBe(401);
      const third = await attempt();
      expect(third.statusCode).toBe(429);
      expect(third.json().error.code).toBe('too_many_requests');
    } finally {
      await limited.close();
    }
  });
});

describe('cookie sessions and CSRF', () => {
  it('refuses a cookie-authenticated write without the CSRF token and accepts it with the token', async () => {
    const response = await login('giamdocstp', demoPassword);
    const cookie = cookiesOf(response);
    const { csrfToken } = response.json();
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('csrf_invalid');
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'x-csrf-token': 'forged' },
    });
    expect(forged.statusCode).toBe(403);
    const withToken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(withToken.statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('session_expired');
  });

  it('needs no CSRF token for a bearer-token write', async () => {
    const { token } = (await login('xulystp', demoPassword)).json();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(200);
  });
});

describe('session expiry', () => {
  it('ends a session after its lifetime', async () => {
    const shortLived = await createTestApp({ sessionTtlHours: 0 });
    try {
      const { token } = (
        await shortLived.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'snv', password: demoPassword },
        })
      ).json();
      const me = await shortLived.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.statusCode).toBe(401);
      expect(me.json().error.code).toBe('session_expired');
    } finally {
      await shortLived.close();
    }
  });
});

describe('POST /api/auth/password', () => {
  it('refuses a wrong current password and a weak new one', async () => {
    const token = await t.tokenOf('lanhdao');
    const headers = { authorization: `Bearer ${token}` };
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers,
      payload: { currentPassword: 'nope', newPassword: 'a-Strong-pass-123' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('wrong_current_password');
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers,
      payload: { currentPassword: demoPassword, newPassword: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0].path).toBe('body.newPassword');
  });

  it('changes the password, keeps this session and ends the others', async () => {
    const first = (await login('chutichcanloc', demoPassword)).json().token;
    const second = (await login('chutichcanloc', demoPassword)).json().token;
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { authorization: `Bearer ${first}` },
      payload: { currentPassword: demoPassword, newPassword: 'mat-khau-moi-2021' },
    });
    expect(changed.statusCode).toBe(200);
    const meFirst = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${first}` },
    });
    const meSecond = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${second}` },
    });
    expect(meFirst.statusCode).toBe(200);
    expect(meSecond.statusCode).toBe(401);
    expect((await login('chutichcanloc', demoPassword)).statusCode).toBe(401);
    expect((await login('chutichcanloc', 'mat-khau-moi-2021')).statusCode).toBe(200);
  });
});
