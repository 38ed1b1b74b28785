/**
 * Messages per audience on the incident page: choose the audience (technical, executive, regulator, affected users),
 * draft the message from the incident's facts, edit it (each save is a new version; every version stays listed),
 * have the legal role approve the version to send, and export it as text or as a signed PDF.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  MESSAGE_AUDIENCES,
  MESSAGE_AUDIENCE_LABELS,
  type MessageAudience,
} from '../../../shared/domain/filings/audienceMessage';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { useDatabase } from '../../app/DatabaseContext';
import { useReadOnly } from '../../app/useLegalReview';
import { liveMessagesOfIncident } from '../../db/filings/queries';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { AudienceMessageEditor } from './AudienceMessageEditor';

export function MessagesPanel({ incident }: { readonly incident: Incident }) {
  const db = useDatabase();
  const readOnly = useReadOnly();
  const [audience, setAudience] = useState<MessageAudience>('technical');
  const messages = useLiveQuery(() => liveMessagesOfIncident(db, incident.id), [db, incident.id]);
  if (messages === undefined) return null;
  const message = messages.find((candidate) => candidate.audience === audience);
  return (
    <section className="panel panel-messages" aria-labelledby="messages-title">
      <h2 id="messages-title" className="panel-title">
        Messages
      </h2>
      <SegmentedControl
        label="Audience"
        value={audience}
        options={MESSAGE_AUDIENCES.map((value) => ({ value, label: MESSAGE_AUDIENCE_LABELS[value] }))}
        onChange={setAudience}
      />
      <AudienceMessageEditor
        key={`${audience}:${message?.rev ?? 0}`}
        incident={incident}
        audience={audience}
        message={message}
        readOnly={readOnly}
      />
    </section>
  );
}
