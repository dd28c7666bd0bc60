/**
 * The rules read a simplified view of a traditional-character report; what they write out
 * (names, units, titles) goes back into the report's own script. Each simplified character
 * becomes the character the report itself writes at the places where the view has it — so
 * `地区生产总值` comes out as `地區生產總值` in a traditional report, and a character the report
 * writes in its simplified form (or a name built from pieces) stays as the report has it.
 */
export type ToSourceScript = (text: string) => string;

const identity: ToSourceScript = (text) => text;

/**
 * A function that rewrites text of the simplified view into the source's script, learned from
 * the source and its same-length view; identity when there is no view.
 *
 * @example
 * const back = sourceScript('地區生產總值增長6.9%', '地区生产总值增长6.9%');
 * back('地区生产总值'); // '地區生產總值'
 * back('增长率'); // '增長率' (率 is written the same in both)
 */
export function sourceScript(source: string, view: string | null | undefined): ToSourceScript {
  if (!view || view.length !== source.length || view === source) return identity;
  // votes per view character: how the source writes it there
  const votes = new Map<string, Map<string, number>>();
  for (let i = 0; i < view.length; i++) {
    const v = view.charCodeAt(i);
    if (v < 0x3400) continue;
    const key = view[i] as string;
    let byForm = votes.get(key);
    if (!byForm) votes.set(key, (byForm = new Map()));
    const form = source[i] as string;
    byForm.set(form, (byForm.get(form) ?? 0) + 1);
  }
  const chosen = new Map<string, string>();
  for (const [key, byForm] of votes) {
    let best = key;
    let bestCount = 0;
    for (const [form, count] of byForm) if (count > bestCount) [best, bestCount] = [form, count];
    if (best !== key) chosen.set(key, best);
  }
  if (chosen.size === 0) return identity;
  return (text) => {
    let out = '';
    for (const ch of text) out += chosen.get(ch) ?? ch;
    return out;
  };
}
