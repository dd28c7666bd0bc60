import type { Status } from '../schema/document.js';
import { STATUS_LABELS } from './labels.js';

/**
 * The style sheet of review and index pages, inlined (a page is one file that opens from disk).
 * Status is told by colour, by underline style and by a marker character (实 预 目), so it
 * reads in greyscale and to colour-blind readers; `unknown` numbers get a red box and a `?`.
 * Text blocks and table rows render lazily (`content-visibility: auto`): a 5 MB report lays
 * out only what is on screen.
 */
/** The status markers after each highlight, from STATUS_LABELS: `mark[data-status=actual]::after { content: "实" }`. */
const STATUS_MARKERS = (Object.keys(STATUS_LABELS) as Status[])
  .map((status) => `mark[data-status=${status}]:not([data-part])::after { color: var(--${status}); content: "${STATUS_LABELS[status].marker}"; }`)
  .join('\n');

export const PAGE_STYLE = String.raw`
:root { --actual: #1b6e3a; --actual-bg: #dff3e4; --estimate: #8a5a00; --estimate-bg: #fdf0cf;
  --target: #1d4f9c; --target-bg: #dfe9fb; --unknown: #b00020; --line: #d5d8dc; --muted: #5f6670;
  font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  font-size: 14px; color: #1d2125; }
* { box-sizing: border-box; }
body { margin: 0; }
body.review { height: 100vh; display: grid; grid-template-columns: 200px minmax(0, 1fr) minmax(0, 1.4fr);
  grid-template-rows: auto minmax(0, 1fr); grid-template-areas: "head head head" "nav text side"; }
/* narrow screens: one column; the text and the table keep a height of their own, as the table draws only the rows in view */
@media (max-width: 1100px) { body.review { height: auto; display: block; } #outline { max-height: 30vh; } #text { height: 70vh; } #side { height: 90vh; } }
header { grid-area: head; padding: 8px 14px; border-bottom: 1px solid var(--line); background: #f7f8fa; }
header h1 { font-size: 17px; margin: 0 0 4px; }
header .meta, header .legend { font-size: 12.5px; color: var(--muted); margin: 2px 0; }
header .legend span { margin-right: 10px; white-space: nowrap; }
header a { color: inherit; }
#outline { grid-area: nav; overflow: auto; padding: 8px 10px; border-right: 1px solid var(--line); font-size: 13px; }
#outline h2, #side h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 6px 0; }
#outline ol { list-style: none; margin: 0; padding-left: 12px; }
#outline > ol { padding-left: 0; }
#outline li { margin: 3px 0; }
/* a bound volume of reports has thousands of sections: lay out only those in view */
#outline > ol > li { content-visibility: auto; contain-intrinsic-size: auto 60px; }
#outline a { color: #1d2125; text-decoration: none; }
#outline a:hover, #outline a:focus { text-decoration: underline; }
.topic { display: inline-block; font-size: 11px; color: var(--muted); border: 1px solid var(--line); border-radius: 3px; padding: 0 3px; margin-left: 3px; }
.count { font-size: 11px; color: var(--muted); margin-left: 3px; }
#text { grid-area: text; overflow: auto; padding: 12px 18px 40vh; white-space: pre-wrap; overflow-wrap: anywhere;
  line-height: 1.95; font-size: 15px; border-right: 1px solid var(--line); }
.blk { content-visibility: auto; contain-intrinsic-size: auto 600px; }
mark[data-status] { background: var(--actual-bg); color: inherit; border-bottom: 2px solid var(--actual); cursor: pointer; border-radius: 2px; }
mark[data-status=estimate] { background: var(--estimate-bg); border-bottom: 2px dashed var(--estimate); }
mark[data-status=target] { background: var(--target-bg); border-bottom: 2px dotted var(--target); }
mark[data-status]:not([data-part])::after { font-size: 10px; font-weight: bold; vertical-align: super; line-height: 0; margin-left: 1px; }
${STATUS_MARKERS}
mark[data-status] mark[data-status] { padding-bottom: 3px; }
u.gr, #text u { font-weight: 600; text-decoration: underline double; text-underline-offset: 3px; }
.uc { border-bottom: 1px dotted #8b9096; color: var(--muted); }
.uc[data-reason=unknown] { color: var(--unknown); font-weight: 700; background: #ffe3e6; outline: 2px solid var(--unknown); border-bottom: none; border-radius: 2px; }
.uc[data-reason=unknown]::after { content: "?"; font-size: 10px; vertical-align: super; line-height: 0; margin-left: 1px; }
.wn { text-decoration: underline wavy var(--unknown); text-underline-offset: 4px; }
.sec-anchor { scroll-margin-top: 30px; }
mark[data-status].sel { outline: 2px solid #202124; outline-offset: 1px; }
mark[data-status].dim { background: transparent; border-bottom-color: #c4c7cc; }
mark[data-status].dim::after { color: #c4c7cc; }
body.only-flagged .uc:not([data-reason=unknown]) { border-bottom: none; color: inherit; }
.flash { animation: flash 1.5s ease-out; }
@keyframes flash { 0%, 30% { box-shadow: 0 0 0 4px #ffcf33; background: #ffe680; } 100% { box-shadow: 0 0 0 4px transparent; } }
#side { grid-area: side; overflow: hidden; display: flex; flex-direction: column; }
#table-wrap { flex: 1 1 auto; min-height: 0; overflow: auto; }
#findings { flex: 0 0 auto; max-height: 34vh; overflow: auto; padding: 4px 12px; border-bottom: 1px solid var(--line); font-size: 13px; }
#findings ul { margin: 4px 0; padding-left: 18px; }
#findings li { margin: 2px 0; }
#findings .sev-error { color: var(--unknown); }
#findings summary { cursor: pointer; font-weight: 600; }
button { font: inherit; font-size: 12px; cursor: pointer; border: 1px solid var(--line); background: #fff; border-radius: 3px; padding: 0 5px; }
button:hover, button:focus { border-color: #6b7280; }
.unknown-nav { margin: 6px 0; }
.unknown-nav b { color: var(--unknown); }
#filters { flex: 0 0 auto; background: #f7f8fa; padding: 6px 12px; border-bottom: 1px solid var(--line);
  display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; font-size: 13px; }
#filters fieldset { border: none; margin: 0; padding: 0; display: inline-flex; gap: 6px; align-items: center; }
#filters select, #filters input[type=search] { font: inherit; font-size: 13px; max-width: 14em; }
#filters .st { font-weight: 600; }
#shown { color: var(--muted); margin-left: auto; }
.table { font-size: 12px; min-width: 810px; position: relative; }
#rows { position: relative; }
.row { display: grid; height: 24px; grid-template-columns: 8em 7.5em 4.5em 3.5em 10.5em 6em 4em 6.2em 3.2em 6em 7.5em;
  border-bottom: 1px solid #eceef0; cursor: pointer; }
#rows .row { position: absolute; left: 0; right: 0; }
.row > span { padding: 3px 5px; line-height: 17px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.row.head { position: sticky; top: 0; z-index: 1; height: auto; background: #fff; font-weight: 600; cursor: default; border-bottom: 2px solid var(--line); }
.row:hover { background: #f3f5f7; }
.row.sel { background: #e8eefb; }
.row:focus { outline: 2px solid #1d4f9c; outline-offset: -2px; }
.row .num { text-align: right; font-variant-numeric: tabular-nums; }
.row .s-actual { color: var(--actual); } .row .s-estimate { color: var(--estimate); } .row .s-target { color: var(--target); }
.row .flag { color: var(--unknown); font-weight: 700; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.empty { padding: 12px; color: var(--muted); }
table.index { border-collapse: collapse; margin: 12px 14px; font-size: 13.5px; }
table.index th, table.index td { border-bottom: 1px solid var(--line); padding: 5px 10px; text-align: left; }
table.index td.num, table.index th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.index .bad { color: var(--unknown); font-weight: 700; }
`;
