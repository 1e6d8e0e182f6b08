// `npm run bench`: size, cold start, warm turn latency, DynamoDB calls and memory of the skill against a floor
// (a minimal ask-sdk-core skill on the same DynamoDB client, bundled the same way). Exits 1 if a target is missed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { findProjectRoot } from '../../cdk/lib/bundle';
import { DynamoPersistenceAdapter, InMemoryPersistenceAdapter } from '../../lambda/persistence';
import { buildSkill } from '../../lambda/skill';
import { createLocalClient, ensureTable, startDynalite } from '../local-dynamo';
import { biggestInputs, buildBundle, type Bundle } from './bundle';
import { callBudget } from './calls';
import { buildFloorSkill } from './floor-skill';
import { DEPLOYED_WITH_SOURCE_MAPS, initTimes, sourceMapCost } from './init';
import { buildMemoryChild, peakRss, rssUserItem } from './memory';
import { fmt, medianP99, summarize, table, type Row, type Summary } from './stats';
import { floorTurnTimes, nextTurnTimes } from './turns';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

/** How many times each figure is measured. */
const RUNS = { init: 40, memoryTurns: 1000, memory: 5, inMemoryTurns: 3000, dynaliteTurns: 600, warmup: 200 } as const;
/** The targets of issue 6. */
const TARGET = { initRatio: 1.2, bundleRatio: 1.3, warmP99Ms: 2, readsPerSession: 1, writesPerChangingTurn: 1, sourceMapCost: 0.05 } as const;

const verdict = (ok: boolean): 'PASS' | 'MISS' => (ok ? 'PASS' : 'MISS');
const ratio = (ours: number, floor: number): string => `${(ours / floor).toFixed(2)}x`;
const progress = (what: string): void => void process.stderr.write(`bench: ${what}\n`);

function breakdown(name: string, bundle: Bundle): string {
  const top = biggestInputs(bundle.metafile);
  return `${name} ${bundle.bytes} bytes; biggest inputs: ${top.map((t) => `${t.owner} ${Math.round(t.bytes / 1024)} KB`).join(', ')}`;
}

async function main(): Promise<void> {
  const began = process.hrtime.bigint();
  const root = findProjectRoot();
  const work = mkdtempSync(path.join(tmpdir(), 'sciatica-bench-'));
  const dynamo = await startDynalite();
  const client = createLocalClient(dynamo.endpoint);
  const admin = createLocalClient(dynamo.endpoint);
  try {
    progress('bundling the skill, the floor and the memory child');
    const ours = await buildBundle(root, path.join(work, 'skill'));
    const floor = await buildBundle(root, path.join(work, 'floor'), path.join('scripts', 'bench', 'floor-entry.ts'));
    const child = await buildMemoryChild(root, path.join(work, 'child'));
    for (const table of ['bench-users', 'bench-floor', 'bench-calls', 'bench-rss-skill', 'bench-rss-floor']) await ensureTable(admin, table);

    progress(`module init, ${RUNS.init} fresh processes each (skill and floor as deployed, skill with source maps toggled)`);
    const init = initTimes(ours.file, floor.file, RUNS.init);
    const [initOurs, initFloor, initToggled] = [summarize(init.ours), summarize(init.floor), summarize(init.oursToggled)];
    const [withMaps, withoutMaps] = DEPLOYED_WITH_SOURCE_MAPS ? [initOurs, initToggled] : [initToggled, initOurs];
    const mapCost = sourceMapCost(withMaps.median, withoutMaps.median);

    progress('warm turns in process');
    const inMemory = summarize(await nextTurnTimes(buildSkill({ persistenceAdapter: new InMemoryPersistenceAdapter() }), RUNS.inMemoryTurns, RUNS.warmup));
    const onDynalite = summarize(
      await nextTurnTimes(buildSkill({ persistenceAdapter: new DynamoPersistenceAdapter({ client, tableName: 'bench-users' }) }), RUNS.dynaliteTurns, RUNS.warmup),
    );
    const floorTurn = summarize(await floorTurnTimes(buildFloorSkill(client, 'bench-floor'), RUNS.dynaliteTurns, RUNS.warmup));

    progress('DynamoDB calls over a scripted routine');
    const calls = await callBudget(createLocalClient(dynamo.endpoint), admin, 'bench-calls');

    progress(`peak RSS, ${RUNS.memory} cold starts + ${RUNS.memoryTurns} turns each`);
    const rss = { ours: [] as number[], floor: [] as number[] };
    for (let i = 0; i < RUNS.memory; i += 1) {
      rss.ours.push(await peakRss(child, ours.file, 'skill', RUNS.memoryTurns, dynamo.endpoint, 'bench-rss-skill'));
      rss.floor.push(await peakRss(child, floor.file, 'floor', RUNS.memoryTurns, dynamo.endpoint, 'bench-rss-floor'));
    }
    const [rssOurs, rssFloor] = [summarize(rss.ours), summarize(rss.floor)];
    const [skillItem, floorItem] = [await rssUserItem(admin, 'bench-rss-skill'), await rssUserItem(admin, 'bench-rss-floor')];
    const completed = (skillItem.progress as { completed?: number } | undefined)?.completed ?? 0;
    if (completed < RUNS.memory || floorItem.visits !== RUNS.memory * RUNS.memoryTurns) {
      throw new Error(`bench: the memory runs did not all reach dynalite (completed ${completed}, floor visits ${String(floorItem.visits)})`);
    }

    const bytes = (n: number): Summary => ({ runs: 1, median: n, p99: n });
    const rows: Row[] = [
      { figure: 'bundle size (bytes)', ours: medianP99(bytes(ours.bytes), '', 0), floor: medianP99(bytes(floor.bytes), '', 0), target: `≤ ${TARGET.bundleRatio}x floor: ${ratio(ours.bytes, floor.bytes)}`, verdict: verdict(ours.bytes <= TARGET.bundleRatio * floor.bytes) },
      { figure: `module init (${RUNS.init} runs)`, ours: medianP99(initOurs, ' ms', 1), floor: medianP99(initFloor, ' ms', 1), target: `≤ ${TARGET.initRatio}x floor: ${ratio(initOurs.median, initFloor.median)}`, verdict: verdict(initOurs.median <= TARGET.initRatio * initFloor.median) },
      {
        figure: `--enable-source-maps at init (${RUNS.init} runs)`,
        ours: `${medianP99(withMaps, ' ms', 1)} with, ${fmt(withoutMaps.median, ' ms', 1)} without: +${fmt(mapCost * 100, '%', 1)}`,
        floor: '',
        target: `deployed ${DEPLOYED_WITH_SOURCE_MAPS ? 'with' : 'without'}; with only if ≤ ${TARGET.sourceMapCost * 100}%`,
        // Shipping without maps is always allowed; shipping with them only while they cost little.
        verdict: verdict(!DEPLOYED_WITH_SOURCE_MAPS || mapCost <= TARGET.sourceMapCost),
      },
      { figure: `warm "next", in memory (${inMemory.runs})`, ours: medianP99(inMemory, ' ms', 3), floor: '', target: `p99 ≤ ${TARGET.warmP99Ms} ms`, verdict: verdict(inMemory.p99 <= TARGET.warmP99Ms) },
      { figure: `warm "next", dynalite (${onDynalite.runs})`, ours: medianP99(onDynalite, ' ms', 3), floor: `${medianP99(floorTurn, ' ms', 3)} (1 read + 1 write)`, target: `${ratio(onDynalite.median, floorTurn.median)} floor`, verdict: '' },
      { figure: `DynamoDB reads per session (${calls.sessions} sessions)`, ours: `max ${calls.maxReadsPerSession} (${calls.reads} in all)`, floor: '', target: `≤ ${TARGET.readsPerSession}`, verdict: verdict(calls.maxReadsPerSession <= TARGET.readsPerSession) },
      { figure: `DynamoDB writes per changing turn (${calls.changingTurns} of ${calls.turns})`, ours: `max ${calls.maxWritesPerChangingTurn}, ${calls.writesOnUnchangedTurns} on unchanged turns`, floor: '', target: `≤ ${TARGET.writesPerChangingTurn}, 0 wasted`, verdict: verdict(calls.maxWritesPerChangingTurn <= TARGET.writesPerChangingTurn && calls.writesOnUnchangedTurns === 0) },
      { figure: `peak RSS, cold start + ${RUNS.memoryTurns} turns (${RUNS.memory} runs)`, ours: medianP99(rssOurs, ' MB', 1), floor: medianP99(rssFloor, ' MB', 1), target: `${ratio(rssOurs.median, rssFloor.median)} floor`, verdict: '' },
    ];
    console.log(table(rows));
    console.log(`\n${breakdown('skill', ours)}\n${breakdown('floor', floor)}`);
    console.log(`bench took ${(Number(process.hrtime.bigint() - began) / 1e9).toFixed(0)} s`);
    console.log(
      `source maps: skill ${fmt(ours.mapBytes / 1024, ' KB', 0)}, floor ${fmt(floor.mapBytes / 1024, ' KB', 0)}, shipped beside the bundle; ` +
        `Lambda runs ${DEPLOYED_WITH_SOURCE_MAPS ? 'with' : 'without'} --enable-source-maps (npm run symbolicate maps a logged stack)`,
    );
    if (rows.some((r) => r.verdict === 'MISS')) {
      console.log('\nA target was missed.');
      process.exitCode = 1;
    }
  } finally {
    client.destroy();
    admin.destroy();
    await dynamo.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
