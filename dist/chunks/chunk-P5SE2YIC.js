import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  loadOrThrow,
  unwrap
} from "./chunk-RTXB7CCY.js";
import {
  loadDatasetFile
} from "./chunk-COK2ABR5.js";
import {
  displayPath
} from "./chunk-NI63WJDQ.js";
import {
  InputError
} from "./chunk-TOJ4UG27.js";
import {
  didYouMean
} from "./chunk-3Y7FXN34.js";

// src/cli/suite-dataset.ts
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";
function loadSuiteDataset(config, suiteId) {
  const loaded = loadOrThrow(config);
  const suite = loaded.suites.find((s) => s.id === suiteId);
  if (!suite) {
    const ids = loaded.suites.map((s) => s.id);
    throw new InputError([
      {
        file: "(arguments)",
        message: `--suite ${suiteId}: no such suite in ${config}${didYouMean(suiteId, ids)}; suites: ${ids.join(", ")}`
      }
    ]);
  }
  if (suite.packInfo)
    throw new InputError([
      {
        file: loaded.file,
        ...loaded.locate(["suites", loaded.suites.indexOf(suite), "pack"]),
        message: `suite "${suite.id}" runs the pack ${suite.pack}, whose cases ship with evalgate; use a suite with its own dataset: file`
      }
    ]);
  const display = displayPath(suite.datasetPath);
  const cases = unwrap(loadDatasetFile(suite.datasetPath, display, loaded.config.limits));
  return { loaded, suite, display, cases };
}
function replaceFile(path, bytes, before) {
  const temp = join(dirname(path), `.${basename(path)}.evalgate-${process.pid}.tmp`);
  let mode;
  try {
    mode = statSync(path).mode & 511;
  } catch {
    mode = void 0;
  }
  let written = false;
  try {
    writeFileSync(temp, bytes, { flag: "wx", ...mode === void 0 ? {} : { mode } });
    written = true;
    if (before !== void 0 && !readFileSync(path).equals(before))
      throw new InputError([
        { file: displayPath(path), message: "the file changed while evalgate was writing it; run the command again" }
      ]);
    renameSync(temp, path);
  } catch (error) {
    if (written) rmSync(temp, { force: true });
    if (error instanceof InputError) throw error;
    throw new InputError([
      {
        file: displayPath(path),
        message: `cannot write: ${error.code ?? error.message}; the file is unchanged`
      }
    ]);
  }
}

export {
  loadSuiteDataset,
  replaceFile
};
