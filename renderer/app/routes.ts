/**
 * The screens and their hash addresses: #/ (register), #/incidents/:id, #/incidents/:id/edit, #/declare, #/settings,
 * #/evidence, #/evidence/:id, #/runbooks (library), #/runbooks/new, #/runbooks/:id (one version) and
 * #/runbooks/:id/edit.
 */
export type Route =
  | { readonly name: 'register' }
  | { readonly name: 'incident'; readonly id: string }
  | { readonly name: 'edit'; readonly id: string }
  | { readonly name: 'declare' }
  | { readonly name: 'settings' }
  | { readonly name: 'evidence' }
  | { readonly name: 'evidence-item'; readonly id: string }
  | { readonly name: 'runbooks' }
  | { readonly name: 'runbook'; readonly id: string }
  | { readonly name: 'runbook-edit'; readonly id: string }
  | { readonly name: 'runbook-new' };

const ID = '([0-9a-f-]{36})';
const INCIDENT = new RegExp(`^/incidents/${ID}$`);
const EDIT = new RegExp(`^/incidents/${ID}/edit$`);
const EVIDENCE_ITEM = new RegExp(`^/evidence/${ID}$`);
const RUNBOOK = new RegExp(`^/runbooks/${ID}$`);
const RUNBOOK_EDIT = new RegExp(`^/runbooks/${ID}/edit$`);

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
  if (path === '/runbooks') return { name: 'runbooks' };
  if (path === '/runbooks/new') return { name: 'runbook-new' };
  const runbook = RUNBOOK.exec(path);
  if (runbook?.[1]) return { name: 'runbook', id: runbook[1] };
  const runbookEdit = RUNBOOK_EDIT.exec(path);
  if (runbookEdit?.[1]) return { name: 'runbook-edit', id: runbookEdit[1] };
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
    case 'runbooks':
      return '#/runbooks';
    case 'runbook':
      return `#/runbooks/${route.id}`;
    case 'runbook-edit':
      return `#/runbooks/${route.id}/edit`;
    case 'runbook-new':
      return '#/runbooks/new';
  }
}

export function sameRoute(a: Route, b: Route): boolean {
  return routeHref(a) === routeHref(b);
}
