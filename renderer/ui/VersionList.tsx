/**
 * The versions of a versioned library item (a runbook or a scenario), newest first: each links to its page, the one
 * shown is marked current, and each says its status and when and by whom it was published or last saved.
 */
import { DateTime } from './DateTime';

export type VersionStatus = 'draft' | 'published' | 'retired';

export interface ListedVersion {
  readonly id: string;
  readonly version: number;
  readonly status: VersionStatus;
  readonly publishedAt?: string | null | undefined;
  readonly updatedAt?: string | undefined;
  readonly updatedBy?: string | undefined;
}

export function VersionList({
  versions,
  currentId,
  href,
  statusLabels,
}: {
  readonly versions: readonly ListedVersion[];
  readonly currentId: string;
  readonly href: (id: string) => string;
  readonly statusLabels: Readonly<Record<VersionStatus, string>>;
}) {
  return (
    <ul className="version-list">
      {versions.map((version) => {
        const published = version.status === 'published' && version.publishedAt ? version.publishedAt : undefined;
        const when = published ?? version.updatedAt;
        return (
          <li key={version.id}>
            <a href={href(version.id)} aria-current={version.id === currentId ? 'page' : undefined}>
              Version {version.version}
            </a>{' '}
            <span className="muted">{statusLabels[version.status]}</span>
            {when ? (
              <span className="muted version-when">
                {published ? 'published ' : 'saved '}
                <DateTime iso={when} />
                {version.updatedBy ? ` by ${version.updatedBy}` : null}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
