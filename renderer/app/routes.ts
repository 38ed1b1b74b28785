/** The screens and their hash addresses: #/ (register), #/incidents/:id, #/incidents/:id/edit, #/declare, #/settings. */
export type Route =
  | { readonly name: 'register' }
  | { readonly name: 'incident'; readonly id: string }
  | { readonly name: 'edit'; readonly id: string }
  | { readonly name: 'declare' }
  | { readonly name: 'settings' };

const ID = '([0-9a-f-]{36})';
const INCIDENT = new RegExp(`^/incidents/${ID}$`);
const EDIT = new RegExp(`^/incidents/${ID}/edit$`);

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const incident = INCIDENT.exec(path);
  if (incident?.[1]) return { name: 'incident', id: incident[1] };
  const edit = EDIT.exec(path);
  if (edit?.[1]) return { name: 'edit', id: edit[1] };
  if (path === '/declare') return { name: 'declare' };
  if (path === '/settings') return { name: 'settings' };
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
  }
}

export function sameRoute(a: Route, b: Route): boolean {
  return routeHref(a) === routeHref(b);
}
