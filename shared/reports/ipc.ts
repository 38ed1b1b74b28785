/** The reports capability's IPC slice: the signing identity, signing and saving a report, verifying a signed PDF. */
import { z } from 'zod';
import {
  createSelfSignedRequestSchema,
  importPkcs12RequestSchema,
  signAndSaveRequestSchema,
  signAndSaveResultSchema,
  signingIdentitiesSchema,
  signingIdentitySchema,
  verificationResultSchema,
  verifyPdfRequestSchema,
} from './signing';

export const reportsIpc = {
  'signing:getIdentity': { request: z.object({}).strict(), response: signingIdentitySchema.nullable() },
  'signing:listIdentities': { request: z.object({}).strict(), response: signingIdentitiesSchema },
  'signing:createSelfSigned': { request: createSelfSignedRequestSchema, response: signingIdentitySchema },
  'signing:importPkcs12': { request: importPkcs12RequestSchema, response: signingIdentitySchema },
  'reports:signAndSave': { request: signAndSaveRequestSchema, response: signAndSaveResultSchema },
  'reports:verify': { request: verifyPdfRequestSchema, response: verificationResultSchema },
} as const;
