// What the skill's manifest (skill-package/skill.json) tells Alexa about screens: a device reports that it
// can show APL only to skills that declare the ALEXA_PRESENTATION_APL interface. Simulated devices follow it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** The skill.json of the project. */
export const MANIFEST_PATH = resolve(__dirname, '..', '..', 'skill-package', 'skill.json');

const ViewportSchema = z.object({
  mode: z.enum(['HUB', 'TV', 'MOBILE', 'PC', 'AUTO']),
  shape: z.enum(['ROUND', 'RECTANGLE']),
  minWidth: z.number(),
  maxWidth: z.number(),
  minHeight: z.number(),
  maxHeight: z.number(),
});

/** The part of skill.json that says which interfaces the skill uses. */
export const ManifestSchema = z.object({
  manifest: z.object({
    apis: z.object({
      custom: z.object({
        interfaces: z
          .array(z.object({ type: z.string(), supportedViewports: z.array(ViewportSchema).optional() }))
          .default([]),
      }),
    }),
  }),
});

export type Manifest = z.infer<typeof ManifestSchema>;
export type DeclaredViewport = z.infer<typeof ViewportSchema>;

/** A manifest read and checked. */
export function readManifest(file = MANIFEST_PATH): Manifest {
  return ManifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

let projectManifest: Manifest | null = null;

/** The project's own manifest, read once. */
export function skillManifest(): Manifest {
  projectManifest ??= readManifest(join(MANIFEST_PATH));
  return projectManifest;
}

/** The viewports the skill says its screens are made for; null when it does not declare APL at all. */
export function aplViewports(manifest: Manifest): DeclaredViewport[] | null {
  const apl = manifest.manifest.apis.custom.interfaces.find((i) => i.type === 'ALEXA_PRESENTATION_APL');
  return apl ? (apl.supportedViewports ?? []) : null;
}

/** True when devices with a screen tell this skill that they can show APL. */
export const declaresApl = (manifest: Manifest): boolean => aplViewports(manifest) !== null;
