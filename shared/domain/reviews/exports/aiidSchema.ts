/**
 * The AI Incident Database's published shapes, written from its public definitions
 * (`responsible-ai-collaborative/aiid`, `site/gatsby-site/server/types/submission.ts`: a field is required where
 * the GraphQL type is `GraphQLNonNull`; classifications as in the site's taxonomy seeds: `namespace`, `attributes`
 * of `{ short_name, value_json }` with JSON-encoded values). The export is checked against them before it is
 * saved and the import reads files through them, so both refuse, in words, a file missing a required field.
 */
import { z } from 'zod';

const list = z.array(z.string());

export const aiidSubmissionSchema = z.object({
  // Required (GraphQLNonNull in the published type).
  title: z.string().min(1),
  text: z.string().min(1),
  url: z.string().min(1),
  source_domain: z.string().min(1),
  language: z.string().min(2),
  authors: list,
  submitters: list,
  tags: list,
  date_published: z.iso.date(),
  date_submitted: z.iso.date(),
  date_downloaded: z.iso.date(),
  date_modified: z.iso.date(),
  image_url: z.string(),
  // Optional.
  description: z.string().optional(),
  plain_text: z.string().optional(),
  incident_date: z.iso.date().optional(),
  incident_title: z.string().optional(),
  incident_ids: z.array(z.number().int()).optional(),
  deployers: list.optional(),
  developers: list.optional(),
  harmed_parties: list.optional(),
  implicated_systems: list.optional(),
  editor_notes: z.string().optional(),
  status: z.string().optional(),
  quiet: z.boolean().optional(),
});
export type AiidSubmission = z.infer<typeof aiidSubmissionSchema>;

export const aiidClassificationSchema = z.object({
  namespace: z.string().min(1),
  attributes: z
    .array(
      z.object({
        short_name: z.string().min(1),
        /** The value, JSON-encoded. */
        value_json: z.string().refine((value) => {
          try {
            JSON.parse(value);
            return true;
          } catch {
            return false;
          }
        }, 'value_json must hold a JSON-encoded value.'),
      }),
    )
    .min(1),
  incidents: z.array(z.number().int()),
  reports: z.array(z.number().int()),
  publish: z.boolean(),
  notes: z.string().optional(),
});
export type AiidClassification = z.infer<typeof aiidClassificationSchema>;

/** Firebreak's AIID file: the submissions, and the CSETv1 classifications recorded for them (same order by notes). */
export const aiidExportFileSchema = z.object({
  submissions: z.array(aiidSubmissionSchema).min(1),
  classifications: z.array(aiidClassificationSchema).default([]),
});
export type AiidExportFile = z.infer<typeof aiidExportFileSchema>;
