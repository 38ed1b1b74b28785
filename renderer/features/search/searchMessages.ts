/**
 * The messages between the page and the search worker, read through type guards on both sides. Unlike the one-job
 * workers (`workers/protocol.ts`), the search worker lives as long as the window and answers many queries.
 */
import { isRecord } from '../../workers/protocol';
import type { SearchGroup } from './searchEngine';
import type { SearchStatus } from './searchIndexer';

export type ToSearchWorker =
  | { readonly type: 'start'; readonly databaseName: string }
  | { readonly type: 'query'; readonly id: number; readonly text: string };

export type FromSearchWorker =
  | { readonly type: 'status'; readonly status: SearchStatus }
  | {
      readonly type: 'answer';
      readonly id: number;
      readonly groups: readonly SearchGroup[];
      readonly status: SearchStatus;
    };

export function readToSearchWorker(data: unknown): ToSearchWorker | undefined {
  if (!isRecord(data)) return undefined;
  if (data['type'] === 'start' && typeof data['databaseName'] === 'string') {
    return { type: 'start', databaseName: data['databaseName'] };
  }
  if (data['type'] === 'query' && typeof data['id'] === 'number' && typeof data['text'] === 'string') {
    return { type: 'query', id: data['id'], text: data['text'] };
  }
  return undefined;
}

function isStatus(value: unknown): value is SearchStatus {
  return (
    isRecord(value) &&
    typeof value['phase'] === 'string' &&
    typeof value['indexed'] === 'number' &&
    typeof value['total'] === 'number'
  );
}

function isGroups(value: unknown): value is SearchGroup[] {
  return (
    Array.isArray(value) &&
    value.every((group) => isRecord(group) && typeof group['kind'] === 'string' && Array.isArray(group['hits']))
  );
}

export function readFromSearchWorker(data: unknown): FromSearchWorker | undefined {
  if (!isRecord(data)) return undefined;
  const status = data['status'];
  if (!isStatus(status)) return undefined;
  if (data['type'] === 'status') return { type: 'status', status };
  const { id, groups } = data;
  if (data['type'] === 'answer' && typeof id === 'number' && isGroups(groups)) {
    return { type: 'answer', id, groups, status };
  }
  return undefined;
}
