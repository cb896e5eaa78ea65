import { z } from 'zod';
import { DEFAULT_ACCESS } from './types';
import { ACTIVITY_IDS } from '../activities/definitions';

/**
 * Validation for everything that is loaded (storage, backups). Items are checked one by one
 * so that a single damaged stroke costs that stroke, not the child's whole session.
 */

const speaker = z.enum(['child', 'worker', 'other']);
const finite = z.number().finite();

export const strokeSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('stroke'),
  points: z
    .array(finite)
    .min(3)
    .refine((p) => p.length % 3 === 0, 'points come in x,y,pressure triplets'),
  color: z.string().min(1).max(32),
  size: finite.positive().max(200),
  simulatePressure: z.boolean(),
  createdAt: z.string(),
});

export const stickerSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('sticker'),
  stickerId: z.string().min(1),
  x: finite,
  y: finite,
  scale: finite.positive().max(10),
  createdAt: z.string(),
});

export const wordsSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('words'),
  text: z.string(),
  speaker,
  typedBy: speaker,
  x: finite,
  y: finite,
  promptKey: z.string().optional(),
  createdAt: z.string(),
});

export const recordingSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('recording'),
  blobId: z.string().min(1),
  mimeType: z.string(),
  durationMs: finite.nonnegative(),
  transcript: z.string().optional(),
  speaker,
  x: finite,
  y: finite,
  createdAt: z.string(),
});

export const itemSchema = z.discriminatedUnion('kind', [strokeSchema, stickerSchema, wordsSchema, recordingSchema]);

export const pageSchema = z.object({
  id: z.string().min(1),
  // Every registered activity, and only those: a page of an unknown activity cannot be shown.
  activity: z.enum(ACTIVITY_IDS),
  place: z.string().min(1),
  // Items are validated separately (see repair.ts), so that one bad item is dropped alone.
  items: z.array(z.unknown()),
  customName: z.string().optional(),
  symbol: z.string().optional(),
  customPrompt: z.string().optional(),
  promptsShown: z.array(z.string()).default([]),
  drawingLabel: z.string().optional(),
  notShared: z.array(z.string()).default([]),
});

export const scaleSchema = z.object({
  id: z.string().min(1),
  // Every registered activity, and only those, as for pages.
  activity: z.enum(ACTIVITY_IDS),
  questionKey: z.string().optional(),
  question: z.string(),
  zeroMeans: z.string(),
  tenMeans: z.string(),
  value: z.number().int().min(0).max(10).nullable(),
  look: z.enum(['numbers', 'faces', 'ladder', 'path', 'bar']),
  aboutSafety: z.boolean(),
  why: z.object({ text: z.string(), speaker }).optional(),
  followUps: z.array(z.object({ promptKey: z.string(), text: z.string(), speaker })).default([]),
  // Optional, so scales saved before recordings existed load unchanged. Each recording is checked
  // alone: a damaged one costs that recording, not the child's number and words.
  recordings: z
    .array(z.unknown())
    .optional()
    .transform((list) =>
      list?.flatMap((raw) => {
        const recording = recordingSchema.safeParse(raw);
        return recording.success ? [recording.data] : [];
      }),
    ),
  reminderShownAt: z.string().optional(),
  shared: z.boolean().default(true),
  createdAt: z.string(),
});

export const sessionShellSchema = z.object({
  schemaVersion: z.number().int(),
  id: z.string().min(1),
  childName: z.string().min(1),
  ageBand: z.string().optional(),
  workerName: z.string().default(''),
  present: z.array(z.string()).default([]),
  createdAt: z.string(),
  updatedAt: z.string(),
  language: z.string().default('en-GB'),
  activityState: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  pages: z.array(z.unknown()).default([]),
  scales: z.array(z.unknown()).default([]),
  workerNotes: z.array(z.object({ id: z.string(), text: z.string(), createdAt: z.string() })).default([]),
  workerFlags: z.array(z.object({ id: z.string(), targetId: z.string(), text: z.string(), createdAt: z.string() })).catch([]),
  access: z
    .object({
      largerButtons: z.boolean().default(false),
      readableFont: z.boolean().default(false),
      highContrast: z.boolean().default(false),
      fewerTools: z.boolean().default(false),
      sounds: z.boolean().default(true),
      reduceMotion: z.boolean().default(false),
      scanning: z.enum(['off', 'auto', 'step']).catch('off'),
      stickerSets: z.array(z.string()).catch([...DEFAULT_ACCESS.stickerSets]),
    })
    .optional()
    .catch(undefined),
  consent: z
    .object({
      childAgreed: z.boolean(),
      parentAgreed: z.boolean().optional(),
      parentName: z.string().optional(),
      agreedAt: z.string().optional(),
    })
    .optional(),
});
