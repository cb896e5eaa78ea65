import { z } from 'zod';

/**
 * The summary data file (format 'voicemap-summary', version 1) as the shared contract defines
 * it. Contract fields are required exactly as named; the fields marked "extra" are what this
 * app adds, and objects stay open so readers accept what later writers add within a version.
 */

export const speakerSchema = z.enum(['child', 'worker', 'other']);

export const summaryJsonEntrySchema = z
  .looseObject({
    activity: z.string().min(1),
    place: z.string().min(1),
    kind: z.enum(['words', 'drawing', 'sticker', 'recording']),
    /** words: exactly as typed; sticker: its name; drawing: the child's label; recording: transcript. */
    text: z.string(),
    speaker: speakerSchema,
    file: z.string().min(1).optional(),
    // extra
    id: z.string().optional(),
    placeName: z.string().optional(),
    customPlaceName: z.string().optional(),
    prompt: z.string().optional(),
    sentence: z.string().optional(),
    typedBy: speakerSchema.optional(),
    stickerId: z.string().optional(),
    durationMs: z.number().nonnegative().optional(),
    mimeType: z.string().optional(),
    transcript: z.string().optional(),
    createdAt: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((e) => (e.kind === 'drawing' || e.kind === 'recording' ? e.file !== undefined : true), {
    message: 'drawings and recordings name their exported file',
    path: ['file'],
  });

export const summaryJsonFollowUpSchema = z.looseObject({
  question: z.string(),
  text: z.string(),
  speaker: speakerSchema,
  promptKey: z.string().optional(),
});

export const summaryJsonScaleSchema = z.looseObject({
  question: z.string(),
  zeroMeans: z.string(),
  tenMeans: z.string(),
  value: z.number().int().min(0).max(10),
  why: z.string().optional(),
  // extra
  id: z.string().optional(),
  /** Which activity asked it (added without a version change: an extra field). */
  activity: z.string().optional(),
  questionKey: z.string().optional(),
  whySpeaker: speakerSchema.optional(),
  followUps: z.array(summaryJsonFollowUpSchema).optional(),
  look: z.string().optional(),
  aboutSafety: z.boolean().optional(),
  reminderShown: z.boolean().optional(),
  reminderShownAt: z.iso.datetime({ offset: true }).optional(),
  recordings: z
    .array(z.object({ kind: z.literal('recording'), file: z.string(), speaker: speakerSchema, durationMs: z.number(), transcript: z.string().optional() }))
    .optional(),
});

export const summaryJsonSchema = z.looseObject({
  format: z.literal('voicemap-summary'),
  version: z.literal(1),
  createdAt: z.iso.datetime({ offset: true }),
  language: z.string().min(2),
  child: z.looseObject({ name: z.string() }),
  session: z.looseObject({
    id: z.string().min(1),
    startedAt: z.iso.datetime({ offset: true }),
    worker: z.string(),
    present: z.array(z.string()),
    // extra
    childLanguage: z.string().optional(),
    activities: z.array(z.string()).optional(),
    consent: z
      .looseObject({
        childAgreed: z.boolean(),
        agreedAt: z.iso.datetime({ offset: true }).optional(),
        parentAgreed: z.boolean().optional(),
        parentName: z.string().optional(),
      })
      .optional(),
  }),
  map: z.looseObject({
    workingWell: z.array(summaryJsonEntrySchema),
    worries: z.array(summaryJsonEntrySchema),
    needsToHappen: z.array(summaryJsonEntrySchema),
    scales: z.array(summaryJsonScaleSchema),
  }),
  workerNotes: z.array(summaryJsonEntrySchema),
  /** Whether the child's screens were in a translation a native speaker has checked; the note is for the worker. */
  childScreensTranslation: z.object({ checked: z.boolean(), note: z.string().optional() }).optional(),
});

export type SummaryJson = z.infer<typeof summaryJsonSchema>;
export type SummaryJsonEntry = z.infer<typeof summaryJsonEntrySchema>;
export type SummaryJsonScale = z.infer<typeof summaryJsonScaleSchema>;
