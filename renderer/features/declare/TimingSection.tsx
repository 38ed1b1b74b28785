/** "Timing": when the problem was detected and when the organisation became aware (regulatory clocks start then). */
import { FormSection } from '../../ui/FormSection';
import { DateTimeField } from '../../ui/DateTimeField';
import { ZoneNote } from '../../ui/ZoneNote';
import type { IncidentFormApi } from './incidentFormValues';

export function TimingSection({ form }: { readonly form: IncidentFormApi }) {
  const { errors } = form.formState;
  return (
    <FormSection title="Timing" description={<ZoneNote />}>
      <div className="field-row">
        <DateTimeField
          control={form.control}
          name="detectedAt"
          label="Detected at"
          error={errors.detectedAt?.message}
          hint="When the problem was first noticed."
        />
        <DateTimeField
          control={form.control}
          name="awareAt"
          label="Became aware at"
          error={errors.awareAt?.message}
          hint="When the organisation knew it was an incident. Regulatory deadlines count from here."
        />
      </div>
    </FormSection>
  );
}
