/** Hash routes: every screen's address parses back to the same route; anything unknown opens the register. */
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../renderer/app/routes';

const ID = '01932b6e-7a10-7c3e-9b2a-4f5e6d7c8b9a';

describe('routes', () => {
  it('round-trips every screen through its address', () => {
    const routes: Route[] = [
      { name: 'register' },
      { name: 'incident', id: ID },
      { name: 'edit', id: ID },
      { name: 'declare' },
      { name: 'settings' },
      { name: 'evidence' },
      { name: 'evidence-item', id: ID },
      { name: 'runbooks' },
      { name: 'runbook-new' },
      { name: 'runbook', id: ID },
      { name: 'runbook-edit', id: ID },
    ];
    expect(routes.map((route) => parseRoute(routeHref(route)))).toEqual(routes);
  });

  it('opens the register for an empty, unknown or malformed address', () => {
    expect(['', '#', '#/', '#/nowhere', '#/incidents/not-an-id', '#main'].map(parseRoute)).toEqual(
      Array(6).fill({ name: 'register' }),
    );
  });
});
