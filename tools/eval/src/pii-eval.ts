/**
 * PII evaluation: run the guardrails PII detector over a Presidio-format data set and print
 * precision, recall and F1 per entity type. Composition root: the command line is read here
 * only. See tools/eval/README.md.
 */
import { writeFileSync } from 'node:fs';
import { optionsOrExitCode, runTool } from '@sagewire/cli-kit';
import { detectPii } from '@sagewire/guardrails';
import { DatasetError } from './dataset/dataset-error';
import { scoresOf } from './pii/entity-metrics';
import { DETECTED_TYPES, PRESIDIO_TYPE_OF, STRUCTURED_TYPES } from './pii/entity-types';
import { evaluatePii, type SpanDetector } from './pii/evaluate-pii';
import { auditGold, type GoldAudit } from './pii/gold-audit';
import { parsePiiCommandLine, PII_USAGE } from './pii/pii-config';
import { renderErrors, renderPiiTable, tableRows } from './pii/pii-table';
import { readPresidioSamples, type LabelledSample } from './pii/presidio-dataset';

const detector: SpanDetector = (text) => detectPii(text).map((f) => ({ type: PRESIDIO_TYPE_OF[f.label], start: f.start, end: f.end }));

function main(argv: readonly string[]): number {
  const options = optionsOrExitCode(() => parsePiiCommandLine(argv), PII_USAGE);
  if (typeof options === 'number') return options;
  let samples: LabelledSample[];
  try {
    samples = readPresidioSamples(options.file);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return 1;
  }

  const evaluation = evaluatePii(samples, detector);
  const rows = tableRows(evaluation, STRUCTURED_TYPES, DETECTED_TYPES);
  const audit = auditGold(samples);
  const spans = samples.reduce((n, s) => n + s.gold.length, 0);
  const sections = [`${options.file}: ${samples.length} samples, ${spans} labelled spans`, renderPiiTable(rows), notes(audit)];
  if (options.showErrors) sections.push(renderErrors(evaluation.errors, DETECTED_TYPES));
  process.stdout.write(`${sections.join('\n\n')}\n`);
  if (options.json !== undefined) {
    const table = rows.map((r) => ({ ...r, ...scoresOf(r.counts) }));
    writeFileSync(options.json, `${JSON.stringify({ file: options.file, samples: samples.length, table, goldAudit: audit, errors: evaluation.errors }, null, 2)}\n`);
    process.stderr.write(`JSON: ${options.json}\n`);
  }
  return 0;
}

function notes(audit: readonly GoldAudit[]): string {
  const checks = audit.map((a) => (a.invalid.length === 0 ? `all ${a.labelled} ${a.type} labels pass their checksum` : `${a.invalid.length} of ${a.labelled} ${a.type} labels fail their checksum (${a.invalid.join(', ')}); they stay in the gold data and count as misses`));
  return [
    'Matching: a prediction hits a labelled span of the same type sharing at least one character; each labelled span is matched at most once. P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN); "–" where a denominator is 0. exact: hits whose boundaries equal the gold span\'s.',
    `Micro-average: counts summed over ${STRUCTURED_TYPES.join(', ')}.`,
    `Gold labels: ${checks.join('; ')}.`,
  ].join('\n');
}

void runTool('eval:pii', () => main(process.argv.slice(2)));
