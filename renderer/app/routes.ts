/** The screens and their hash addresses: #/ (register), #/incidents/:id, #/incidents/:id/edit, #/declare, #/settings, #/evidence, #/evidence/:id. */
export type Route =
  | { readonly name: 'register' }
  | { readonly name: 'incident'; readonly id: string }
  | { readonly name: 'edit'; readonly id: string }
  | { readonly name: 'declare' }
  | { readonly name: 'settings' }
  | { readonly name: 'evidence' }
  | { readonly name: 'evidence-item'; readonly id: string };

const ID = '([0-9a-f-]{36})';
const INCIDENT = new RegExp(`^/incidents/${ID}$`);
const EDIT = new RegExp(`^/incidents/${ID}/edit$`);
const EVIDENCE_ITEM = new RegExp(`^/evidence/${ID}$`);

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const incident = INCIDENT.exec(path);
  if (incident?.[1]) return { name: 'incident', id: incident[1] };
  const edit = EDIT.exec(path);
  if (edit?.[1]) return { name: 'edit', id: edit[1] };
  if (path === '/declare') return { name: 'declare' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/evidence') return { name: 'evidence' };
  const evidenceItem = EVIDENCE_ITEM.exec(path);
  if (evidenceItem?.[1]) return { name: 'evidence-item', id: evidenceItem[1] };
  return { name: 'register' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'register':
      return '#/';
    case 'incident':
      return `#/incidents/${route.id}`;
    case 'edit':
      return `#/incidents/${route.id}/edit`;
    case 'declare':
      return '#/declare';
    case 'settings':
      return '#/settings';
    case 'evidence':
      return '#/evidence';
    case 'evidence-item':
      return `#/evidence/${route.id}`;
  }
}

export function sameRoute(a: Route, b: Route): boolean {
  return routeHref(a) === routeHref(b);
}
