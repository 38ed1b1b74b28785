/**
 * Child process of the report benchmark: renders and signs one incident report of the size named on the command line
 * (`incident100`, `incident1000`) in a fresh process — as each render gets a fresh worker in the app — and prints
 * `{ "ms", "cpuMs", "pages", "kb", "peakRssMb", "verdict", "pdfsigValid", "numbered" }`. Its own process, so its peak
 * RSS is its own.
 */
import { reportSource } from '../../fixtures/reportSources';
import { testIdentity } from '../../fixtures/signedReports';
import { REPORT_CONTENT, type ReportSize } from './content';
import { checkSignedReport, timeSignedReport } from './timedReport';

const size = process.argv[2] as ReportSize;
if (!(size in REPORT_CONTENT)) throw new Error(`Report size must be one of ${Object.keys(REPORT_CONTENT).join(', ')}`);
const identity = await testIdentity('Benchmark Signer', 'Firebreak');
const source = reportSource(REPORT_CONTENT[size]);
const timed = await timeSignedReport(source, identity);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const checks = await checkSignedReport(timed, identity);
console.log(
  JSON.stringify({
    ms: timed.ms,
    cpuMs: timed.cpuMs,
    pages: timed.pageCount,
    kb: timed.pdf.length / 1024,
    peakRssMb,
    ...checks,
  }),
);
