/**
 * Records a hand-over of custody: to whom and why, both required. Allowed on an item on legal hold — handing held
 * evidence over is routine and the hold stays in place; the chain of custody records the transfer.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import {
  custodyTransferSchema,
  type CustodyTransfer,
  type EvidenceItem,
} from '../../../shared/domain/evidence/evidence';
import { IN_WORDS } from '../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { recordTransfer } from '../../db/evidence/evidence';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useSaveSubmit } from '../../app/useSaveSubmit';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

export function TransferDialog({ item, onClose }: { readonly item: EvidenceItem; readonly onClose: () => void }) {
  const db = useDatabase();
  const { actor } = useSession();
  const form = useForm<CustodyTransfer>({
    resolver: zodResolver(custodyTransferSchema, IN_WORDS),
    defaultValues: { recipient: '', reason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const { submit: save, saveError } = useSaveSubmit(form, async (transfer) => {
    await recordTransfer(db, actor, item.id, transfer);
    onClose();
  });
  return (
    <Dialog
      open
      size="sm"
      title="Record transfer"
      description={
        item.hold
          ? `${item.name} is on legal hold; the hold stays in place and the transfer goes in its chain of custody.`
          : `Record that custody of ${item.name} passed to someone else.`
      }
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={isSubmitting} onClick={() => void save()}>
            Record transfer
          </Button>
        </>
      }
    >
      <Field label="Transferred to" error={errors.recipient?.message}>
        {(control) => <input {...control} {...form.register('recipient')} className="input" autoComplete="off" />}
      </Field>
      <Field label="Reason for the transfer" error={errors.reason?.message}>
        {(control) => <textarea {...control} {...form.register('reason')} className="textarea" rows={3} />}
      </Field>
      <FormAlert>{saveError}</FormAlert>
    </Dialog>
  );
}
