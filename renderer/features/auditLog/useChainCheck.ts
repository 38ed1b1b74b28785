/**
 * Verifying the audit log's hash chain from the viewer: runs in a worker (started when the screen opens and again on
 * request), with its progress, and ends in a check (the chain report and when it finished) or a problem in words.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChainCheckProgress } from '../../db/auditLog/queries';
import type { AuditChainCheck } from '../../../shared/reports/auditLogReport';
import { useDatabase } from '../../app/DatabaseContext';
import { runInWorker } from '../../workers/protocol';
import { chainCheckProtocol } from './chainWorkerMessages';

export type ChainCheckState =
  | { readonly status: 'running'; readonly progress: ChainCheckProgress | null }
  | { readonly status: 'done'; readonly check: AuditChainCheck }
  | { readonly status: 'failed'; readonly message: string };

export function useChainCheck(): { readonly state: ChainCheckState; readonly run: () => void } {
  const db = useDatabase();
  const [state, setState] = useState<ChainCheckState>({ status: 'running', progress: null });
  const running = useRef<AbortController | null>(null);

  // Starts a check; every state change comes from the worker's answers, so the effect below sets no state itself.
  const start = useCallback(() => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const worker = new Worker(new URL('./auditChain.worker.ts', import.meta.url), { type: 'module' });
    void runInWorker(
      worker,
      chainCheckProtocol,
      { dbName: db.name },
      {
        signal: controller.signal,
        onProgress: (progress) => {
          if (!controller.signal.aborted) setState({ status: 'running', progress });
        },
      },
    ).then((outcome) => {
      if (controller.signal.aborted) return;
      setState(
        outcome.ok
          ? { status: 'done', check: { report: outcome.result, checkedAt: new Date().toISOString() } }
          : { status: 'failed', message: outcome.message },
      );
    });
  }, [db]);

  const run = useCallback(() => {
    setState({ status: 'running', progress: null });
    start();
  }, [start]);

  useEffect(() => {
    start();
    return () => running.current?.abort();
  }, [start]);

  return { state, run };
}
