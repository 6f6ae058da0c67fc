/**
 * `npm run bench:report`: each export format's time and peak memory for a story with 5,000
 * annotations (notes and sources included), from the same report data a download uses, right
 * after the bulk load (no statistics yet, as after an import). `-- --against <git ref>` measures
 * that commit too, in turns with this tree (A, B, A, B…), each build reading a copy of the same
 * data in its own schema, and prints both with their ratio.
 */
import { spawn } from "node:child_process";
import os from "node:os";
import { copyFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import path from "node:path";
import { buildTextIndex } from "../../lib/anchoring/text-index";
import { quoteContext } from "../../lib/anchoring/selectors";
import { docFromParagraphs, paragraphsFromPlainText } from "../../lib/text/plain-text";
import { prepareData } from "../lib/bootstrap/prepare-data";
import { closeDb, db } from "../../lib/db/client";
import { migrateDeploy } from "../../lib/db/migrate";
import { createThrowawayDatabase } from "../lib/throwaway-database";
import { againstRef, copyRows, migrateWith, prepareAgainstBuild, quietly, type AgainstBuild } from "../lib/against-build";
import { root, stats } from "../lib/run";
import { ANSWER, type RoundFigures, type RoundRequest } from "./report-measure";

const ANNOTATIONS = 5_000;
/** Rounds per build after the first; each figure printed is their median. */
const ROUNDS = 5;

async function seedStory() {
  const editor = await db.user.findFirstOrThrow({ where: { email: "editor@example.com" } });
  const story = await db.story.create({ data: { title: "Report benchmark" } });
  const corpus = path.join(root, "prisma", "seed-data", "corpus");
  const files = readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort();
  let seed = 7;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const kinds = ["CLAIM", "FIGURE", "DENIAL"] as const;
  for (const [i, file] of files.entries()) {
    const content = docFromParagraphs(paragraphsFromPlainText(readFileSync(path.join(corpus, file), "utf8")));
    const { text } = buildTextIndex(content);
    const article = await db.article.create({ data: { storyId: story.id, title: `Article ${i + 1}`, text, content: content as object, position: i } });
    const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    const rows = Array.from({ length: ANNOTATIONS / files.length }, () => {
      const w = Math.floor(random() * (words.length - 6));
      const [start, end] = [words[w].start, words[w + Math.floor(random() * 5)].end];
      const kind = kinds[Math.floor(random() * 3)];
      return {
        articleId: article.id,
        authorId: editor.id,
        kind,
        start,
        end,
        exact: text.slice(start, end),
        ...quoteContext(text, start, end),
        note: "<p>Checked against <strong>Le Monde</strong>'s report of 21 October 2013.</p>",
        status: "APPROVED" as const,
        verdict: kind === "CLAIM" ? { kind, rating: "MOSTLY_TRUE" } : kind === "FIGURE" ? { kind, outcome: "CONFIRMED" } : { kind, finding: "ESTABLISHED" },
        reviewerId: editor.id,
        reviewedAt: new Date(),
      };
    });
    await db.annotation.createMany({ data: rows });
    const ids = await db.annotation.findMany({ where: { articleId: article.id }, select: { id: true } });
    await db.source.createMany({
      data: ids.map(({ id }) => ({ annotationId: id, relation: "SUPPORTS" as const, url: "https://www.lemonde.fr/", title: "France in the NSA's crosshair", publisher: "Le Monde", createdById: editor.id })),
    });
  }
  return { storyId: story.id, editor: { id: editor.id, email: editor.email, name: editor.name, role: editor.role } };
}

/** One build's measuring child (report-measure.ts, run from that build's tree on its database). */
function startMeasurer(tree: string, databaseUrl: string) {
  // Both builds are measured by this tree's script, in their own tree so it imports their code.
  const script = path.join(tree, "scripts", "bench", "report-measure.ts");
  if (tree !== root) copyFileSync(path.join(root, "scripts", "bench", "report-measure.ts"), script);
  const hook = path.join(tree, "scripts", "lib", "outside-next.mjs");
  const args = [...(existsSync(hook) ? ["--import", hook] : []), "--expose-gc", script];
  const child = spawn(path.join(tree, "node_modules", ".bin", "tsx"), args, { cwd: tree, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout! });
  const waiting: ((figures: RoundFigures) => void)[] = [];
  lines.on("line", (line) => line.startsWith(ANSWER) && waiting.shift()?.(JSON.parse(line.slice(ANSWER.length))));
  return {
    round: (request: RoundRequest) =>
      new Promise<RoundFigures>((resolve, reject) => {
        const failed = () => reject(new Error(`The measuring process in ${tree} exited (${child.exitCode}) before answering.`));
        child.once("exit", failed);
        waiting.push((figures) => {
          child.off("exit", failed);
          resolve(figures);
        });
        child.stdin!.write(`${JSON.stringify(request)}\n`);
      }),
    stop: () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.stdin!.end()))),
  };
}

const ms = (n: number) => `${n.toFixed(0).padStart(5)} ms`;
const median = (values: number[]) => stats(values).median;

function printFigures(label: string, first: RoundFigures, rounds: RoundFigures[]) {
  console.log(`  ${label}`);
  console.log(`    loading the report data: first ${ms(first.loadMs)}, then median ${ms(median(rounds.map((r) => r.loadMs)))}`);
  for (const format of Object.keys(first.formats)) {
    const writing = median(rounds.map((r) => r.formats[format].ms));
    const all = median(rounds.map((r) => r.loadMs + r.formats[format].ms));
    const { bytes, peakMb, baselineMb } = rounds[rounds.length - 1].formats[format];
    console.log(
      `    ${format.padEnd(12)} ${ms(writing)} writing, ${ms(all)} in all (target < 2,000)   ${(bytes / 1024 / 1024).toFixed(1).padStart(5)} MB   peak memory +${peakMb.toFixed(0)} MB over ${baselineMb.toFixed(0)} MB`,
    );
  }
}

function printRatios(ours: RoundFigures[], theirs: RoundFigures[], commit: string) {
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  console.log(`  this tree ÷ ${commit} (median of ${ROUNDS} rounds each; below 1 is faster here)`);
  console.log(`    load         ${ms(median(ours.map((r) => r.loadMs)))} vs ${ms(median(theirs.map((r) => r.loadMs)))}  ${ratio(median(ours.map((r) => r.loadMs)), median(theirs.map((r) => r.loadMs)))}`);
  for (const format of Object.keys(ours[0].formats).filter((f) => f in theirs[0].formats)) {
    const [a, b] = [median(ours.map((r) => r.loadMs + r.formats[format].ms)), median(theirs.map((r) => r.loadMs + r.formats[format].ms))];
    console.log(`    ${format.padEnd(12)} ${ms(a)} vs ${ms(b)} in all  ${ratio(a, b)}`);
  }
}

async function main() {
  const ref = againstRef();
  const database = await createThrowawayDatabase(process.env.DATABASE_URL);
  let against: AgainstBuild | undefined;
  let theirDatabase: Awaited<ReturnType<typeof createThrowawayDatabase>> | undefined;
  const measurers: ReturnType<typeof startMeasurer>[] = [];
  try {
    if (ref) against = await prepareAgainstBuild(ref);
    await migrateDeploy(database.url, root);
    process.env.DATABASE_URL = database.url;
    await prepareData({ embedded: false, env: { SEED_DEMO: "true", SEED_DEMO_WORK: "false" } });
    const { storyId, editor } = await seedStory();
    await closeDb();
    let theirUrl = database.url;
    if (against?.schemaDiffers) {
      console.log(`${against.commit} has another schema: copying the seeded rows into a database migrated by its own migrations…`);
      theirDatabase = await createThrowawayDatabase(database.url);
      await migrateWith(against.dir, theirDatabase.url);
      await copyRows(database.url, theirDatabase.url);
      theirUrl = theirDatabase.url;
    }
    console.log(`bench:report — ${ANNOTATIONS} annotations in one story; ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    const ours = startMeasurer(root, database.url);
    measurers.push(ours);
    let theirs: ReturnType<typeof startMeasurer> | undefined;
    if (against) {
      // Each build's copy gets its own measuring process; the one seeded for this tree is never read by the other.
      theirs = startMeasurer(against.dir, theirUrl);
      measurers.push(theirs);
    }
    const request = { storyId, viewer: editor };
    // The first round of each is printed apart: it includes starting up (and, here, the ledger's first computation).
    const firstOurs = await ours.round(request);
    const firstTheirs = theirs ? await theirs.round(request) : undefined;
    const [oursRounds, theirRounds]: RoundFigures[][] = [[], []];
    for (let i = 0; i < ROUNDS; i++) {
      oursRounds.push(await ours.round(request));
      if (theirs) theirRounds.push(await theirs.round(request));
    }
    printFigures(`this tree (${(await quietly("git", ["rev-parse", "--short", "HEAD"], root)).trim()})`, firstOurs, oursRounds);
    if (against && firstTheirs) {
      printFigures(`${against.ref} (${against.commit})`, firstTheirs, theirRounds);
      printRatios(oursRounds, theirRounds, against.commit);
    }
    console.log(`  load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  } finally {
    await Promise.all(measurers.map((m) => m.stop()));
    await closeDb().catch(() => {});
    await theirDatabase?.dispose().catch(() => {});
    await database.dispose();
    await against?.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
