// Drives the SDK against a live `postbay serve`: POSTBAY_URL (e.g. http://127.0.0.1:8080) and
// POSTBAY_ADMIN_PASSWORD. Exits non-zero on the first failed check.
import {
  createAccount, createAlias, createDomain, createTenant, getDomainUsage, listAccounts, login,
  type Problem,
} from '../src/index';
import { createClient } from '../src/client';

declare const process: { env: Record<string, string | undefined>; exit(code: number): never };

function check(ok: unknown, what: string): asserts ok {
  if (!ok) {
    throw new Error(`check failed: ${what}`);
  }
}

async function main(): Promise<void> {
  const baseUrl = `${process.env.POSTBAY_URL}/api/v1`;
  const anonymous = createClient({ baseUrl });
  const session = await login({ client: anonymous, body: { userName: 'admin', password: process.env.POSTBAY_ADMIN_PASSWORD ?? '' } });
  check(session.data, `login: ${JSON.stringify(session.error)}`);
  const client = createClient({ baseUrl, auth: (a) => (a.scheme === 'bearer' ? session.data!.accessToken : undefined) });

  const suffix = Math.random().toString(36).slice(2, 8);
  const tenant = await createTenant({ client, body: { kind: 'customer', name: `TS customer ${suffix}` } });
  check(tenant.data, `createTenant: ${JSON.stringify(tenant.error)}`);
  const domain = await createDomain({ client, body: { name: `ts-${suffix}.test`, tenantId: tenant.data.id } });
  check(domain.data, `createDomain: ${JSON.stringify(domain.error)}`);
  const domainId = domain.data.id;
  for (const [loginName, domainAdmin] of [['alice', false], ['bob', false], ['boss', true]] as const) {
    const account = await createAccount({ client, path: { domainId }, body: { loginName, password: 'Sdk-pass-123', domainAdmin } });
    check(account.data?.email === `${loginName}@ts-${suffix}.test`, `createAccount ${loginName}`);
  }
  const alias = await createAlias({ client, path: { domainId }, body: { name: 'info', target: 'alice' } });
  check(alias.data?.target === `alice@ts-${suffix}.test`, 'createAlias');

  // Page through the accounts two at a time.
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listAccounts({ client, query: { domainId, limit: 2, cursor } });
    check(page.data, 'listAccounts');
    seen.push(...page.data.items.map((a) => a.loginName));
    cursor = page.data.nextCursor ?? undefined;
  } while (cursor);
  check(seen.join(',') === 'alice,bob,boss', `paged: ${seen}`);

  const usage = await getDomainUsage({ client, path: { domainId } });
  check(usage.data?.accounts.used === 3 && usage.data.aliases.used === 1, 'getDomainUsage');

  // Typed errors: a duplicate, and a call the caller may not make.
  const duplicate = await createAccount({ client, path: { domainId }, body: { loginName: 'alice' } });
  const conflict: Problem | undefined = duplicate.error;
  check(duplicate.response.status === 409 && conflict?.code === 'already_exists' && conflict.field === 'loginName', 'duplicate');
  const bossSession = await login({ client: anonymous, body: { userName: `boss@ts-${suffix}.test`, password: 'Sdk-pass-123' } });
  check(bossSession.data, 'domain admin login');
  const boss = createClient({ baseUrl, auth: (a) => (a.scheme === 'bearer' ? bossSession.data!.accessToken : undefined) });
  const forbidden = await createDomain({ client: boss, body: { name: `not-${suffix}.test` } });
  check(forbidden.response.status === 403 && forbidden.error?.code === 'forbidden', `forbidden: ${JSON.stringify(forbidden.error)}`);
  console.log('typescript sdk: ok');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
