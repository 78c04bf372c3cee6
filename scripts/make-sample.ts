// Writes assets/sample.xlsx (or the path given): `npm run sample [-- out.xlsx]`.
import * as path from "path";
import { makeSample } from "../testkit/fixtures/sample";

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? path.join("assets", "sample.xlsx"));
  const forms = await makeSample(out);
  for (const form of forms) {
    process.stdout.write(`${form.sheet}!${form.range}  ${form.project}\n`);
  }
  process.stdout.write(`wrote ${out}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
