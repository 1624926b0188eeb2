/**
 * Texting forms and abbreviations → the words they stand for, on folded syllables, for classification only
 * (search keeps the tokens as typed). "ko dc" → "khong duoc", "ubnd" → "uy ban nhan dan", "hổng biết" →
 * "khong biet". Only forms that mean the same in every reading are listed; "hong" (hổng / hỏng) is a negator
 * only before a verb ("hổng biết", "hông có"), never after a noun ("đèn hỏng").
 */

const TABLE: Record<string, string> = {
  // negators
  ko: 'khong', kg: 'khong', khg: 'khong', hok: 'khong', hem: 'khong', hk: 'khong', kh: 'khong', k: 'khong', kp: 'khong phai',
  // frequent words
  dc: 'duoc', ng: 'nguoi', mn: 'moi nguoi', mng: 'moi nguoi', j: 'gi', r: 'roi', vs: 'voi', bn: 'bao nhieu',
  wa: 'qua', mk: 'minh', mik: 'minh', bit: 'biet', bik: 'biet', lun: 'luon', thui: 'thoi', cx: 'cung', ntn: 'nhu the nao',
  dzay: 'vay', zay: 'vay', dzo: 'vao', nhiu: 'nhieu', zui: 'vui', hum: 'hom', trc: 'truoc', ns: 'noi',
  ck: 'chong', vk: 'vo', tks: 'cam on', thanks: 'cam on', thank: 'cam on', oke: 'ok', okie: 'ok', okela: 'ok',
  // organisations, documents, groups
  ubnd: 'uy ban nhan dan', hdnd: 'hoi dong nhan dan', tp: 'thanh pho', tphcm: 'thanh pho ho chi minh', cq: 'co quan',
  bhyt: 'bao hiem y te', bhxh: 'bao hiem xa hoi', cccd: 'can cuoc cong dan', gpmb: 'giai phong mat bang', tdc: 'tai dinh cu',
  ctv: 'cong tac vien', cb: 'can bo', hs: 'hoc sinh', gv: 'giao vien', ph: 'phu huynh', sv: 'sinh vien',
  mttq: 'mat tran to quoc', ccb: 'cuu chien binh', nvqs: 'nghia vu quan su', csgt: 'canh sat giao thong',
  tq: 'trung quoc', vn: 'viet nam', lhq: 'lien hop quoc', nv: 'nhan vien', bv: 'benh vien', tyt: 'tram y te',
  tdp: 'to dan pho', ubmttq: 'uy ban mat tran to quoc', pccc: 'phong chay chua chay', atgt: 'an toan giao thong',
  attp: 'an toan thuc pham', dbqh: 'dai bieu quoc hoi', tthc: 'thu tuc hanh chinh', cchc: 'cai cach hanh chinh',
  dvc: 'dich vu cong', gcn: 'giay chung nhan', qsdd: 'quyen su dung dat', dqtv: 'dan quan tu ve', cty: 'cong ty',
  phg: 'phuong', ktra: 'kiem tra', hnay: 'hom nay', ngta: 'nguoi ta', tgian: 'thoi gian', ae: 'anh em',
  // youth and southern texting forms of "không"
  khum: 'khong',
}

// "hổng", "hông" (southern "không") fold to "hong", as does "hỏng" (broken): a negator only before these
const HONG_NEGATES = new Set(['biet', 'co', 'duoc', 'thay', 'chiu', 'can', 'phai', 'ai', 'hieu', 'muon', 'nho', 'dam', 'chac', 'tin', 'dong', 'lam', 'di', 'cho', 'bao', 'sao', 'ky', 'nghe', 'noi', 'thich', 'sua', 'giai', 'xu', 'ra', 'toi', 'an', 'ngu', 'du', 'con', 'nhan', 'hai', 'kip'])

const EXPANSIONS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(TABLE).filter(([k, v]) => k !== v).map(([k, v]) => [k, v.split(' ')]))

/** Is this folded syllable changed by `normalizeTokens`? (cheap check for the hot path) */
function changes(t: string): boolean {
  return t === 'hong' || EXPANSIONS.has(t)
}

/** One clause of folded syllables with texting forms expanded; returns the input array when nothing changes. */
export function normalizeTokens(tokens: readonly string[]): readonly string[] {
  let i = 0
  while (i < tokens.length && !changes(tokens[i] as string)) i++
  if (i === tokens.length) return tokens
  const out = tokens.slice(0, i)
  for (; i < tokens.length; i++) {
    const t = tokens[i] as string
    if (t === 'hong') {
      const next = tokens[i + 1]
      out.push(next !== undefined && HONG_NEGATES.has(next) ? 'khong' : 'hong')
      continue
    }
    const e = EXPANSIONS.get(t)
    if (e) for (const x of e) out.push(x)
    else out.push(t)
  }
  return out
}

/** All clauses of a text normalised (see normalizeTokens); the input array itself when nothing changes. */
export function normalizeClauses(clauses: readonly (readonly string[])[]): (readonly string[])[] {
  let out: (readonly string[])[] | null = null
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i] as readonly string[]
    const n = normalizeTokens(c)
    if (n !== c && out === null) out = clauses.slice(0, i)
    if (out !== null) out.push(n)
  }
  return out ?? (clauses as (readonly string[])[])
}
