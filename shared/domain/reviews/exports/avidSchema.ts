/**
 * The AVID report's published shape, written from its public definition (`avidml/avidtools`,
 * `avidtools/datamodels/report.py`, `components.py`, `enums.py`). Nested models keep avidtools' required fields
 * (`affects.developer/deployer/artifacts`, `problemtype.classof/description`, `impact.avid.risk_domain/sep_view/
 * lifecycle_view/taxonomy_version`); at the top level avidtools defaults every field to None, and Firebreak requires
 * the ones a report is useless without: `data_type: "AVID"`, `affects`, `problemtype`, `impact` and
 * `reported_date`. Enum values are the full "CODE: Label" strings.
 */
import { z } from 'zod';
import { AVID_LIFECYCLE_VIEW, AVID_SEP_VIEW } from '../avidTaxonomy';

const langValueSchema = z.object({ lang: z.string().min(2), value: z.string().min(1) });

export const AVID_ARTIFACT_TYPES = ['Dataset', 'Model', 'System'] as const;
export const AVID_CLASSES = ['AIID Incident', 'ATLAS Case Study', 'CVE Entry', 'LLM Evaluation', 'Undefined'] as const;
export const AVID_PROBLEM_TYPES = ['Issue', 'Advisory', 'Measurement', 'Detection'] as const;

export const avidReportSchema = z.object({
  data_type: z.literal('AVID'),
  data_version: z.string().optional(),
  metadata: z.object({ report_id: z.string().min(1) }).optional(),
  affects: z.object({
    developer: z.array(z.string()),
    deployer: z.array(z.string()),
    artifacts: z.array(z.object({ type: z.enum(AVID_ARTIFACT_TYPES), name: z.string().min(1) })),
  }),
  problemtype: z.object({
    classof: z.enum(AVID_CLASSES),
    type: z.enum(AVID_PROBLEM_TYPES).optional(),
    description: langValueSchema,
  }),
  metrics: z
    .array(
      z.object({
        name: z.string(),
        features: z.record(z.string(), z.unknown()),
        detection_method: z.object({ type: z.enum(['Significance Test', 'Static Threshold']), name: z.string() }),
      }),
    )
    .optional(),
  references: z.array(z.object({ type: z.string().optional(), label: z.string(), url: z.string() })).optional(),
  description: langValueSchema.optional(),
  impact: z.object({
    avid: z.object({
      vuln_id: z.string().optional(),
      risk_domain: z.array(z.string()),
      sep_view: z.array(z.enum(AVID_SEP_VIEW)),
      lifecycle_view: z.array(z.enum(AVID_LIFECYCLE_VIEW)),
      taxonomy_version: z.string().min(1),
    }),
  }),
  credit: z.array(langValueSchema).optional(),
  reported_date: z.iso.date(),
});
export type AvidReport = z.infer<typeof avidReportSchema>;
