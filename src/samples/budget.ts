// The numbers of one synthetic budget package, decided before any text is written: units and their staff, the
// economic items of basic spending, projects, 三公, 机关运行经费, last year's figures, procurement and assets. Every
// table and sentence is then derived from these, so the identities of a consistent package hold by construction.

import { FUNCTION_CODES } from '../check/catalogue/function-codes.js';
import { ECONOMIC_CODES } from '../check/catalogue/economic-codes.js';
import { type Cents, ratio, sum } from './amount.js';
import { Prng } from './prng.js';
import { type ProjectTemplate, type Sector, type UnitKind, sectorOf } from './profiles.js';

/** Mistakes the generator can seed, each a known error of a real package. */
export type Mistake = 'table-total' | 'narrative-figure' | 'form-funding' | 'three-public-sum';

/** What to generate. */
export interface BudgetOptions {
  /** Region prefix of the body (东岭市, 北川县); the body is this plus the sector's suffix. */
  region: string;
  sector: Sector['id'];
  /** 主管部门代码 printed on the forms (3 digits). */
  bodyCode: string;
  year: number;
  seed: number;
  /** Multiplies staff and project amounts (1 = a small city bureau). */
  scale?: number;
  mistakes?: readonly Mistake[];
}

/** A unit of the body. */
export interface Unit {
  name: string;
  kind: UnitKind;
  runCode: string;
  staff: number;
  retirees: number;
  vehicles: number;
  /** Basic spending by economic code (款), in 0.01 万元. */
  econ: Map<string, Cents>;
}

/** A project with its year's money (all from 一般公共预算) and its form's figures. */
export interface Project {
  name: string;
  unit: string;
  code: string;
  amount: Cents;
  category: ProjectTemplate['category'];
  tpl: ProjectTemplate;
  count: number;
  procurement: Cents;
}

/** Last year's comparable figures, for the narrative's changes. */
export interface LastYear {
  total: Cents;
  byCode: Map<string, Cents>;
  abroad: Cents;
  reception: Cents;
  purchase: Cents;
  ops: Cents;
  adminOperating: Cents;
}

/** The whole package's numbers. */
export interface BudgetData {
  opts: BudgetOptions;
  sector: Sector;
  bodyName: string;
  level: 'city' | 'county';
  units: Unit[];
  projects: Project[];
  last: LastYear;
  vehicles: { total: number; quota: number; law: number; special: number; emergency: number };
  officeArea: string;
  equipment50: number;
  equipment100: number;
  assetDate: string;
  /** 名称 of function codes used. */
  names: Map<string, string>;
}

/** Personnel economic codes (工资福利 and 对个人和家庭的补助); the rest of basic spending is 公用经费. */
export const PERSONNEL = new Set(['30101', '30102', '30103', '30107', '30108', '30109', '30110', '30112', '30113', '30302']);

/** Catalogue name of a function or economic code for the year (the catalogue is gongkai's, so names always agree). */
export function codeName(code: string, year: number): string {
  const list = code.startsWith('3') ? ECONOMIC_CODES : FUNCTION_CODES;
  const e = list.find((x) => x.code === code && (x.since === undefined || x.since <= year) && (x.until === undefined || x.until >= year));
  if (!e) throw new Error(`code ${code} is not in the catalogue`);
  return e.name;
}

function unitEcon(r: Prng, kind: UnitKind, staff: number, retirees: number, vehicles: number, scale: number, reception: boolean): Map<string, Cents> {
  const m = new Map<string, Cents>();
  const put = (code: string, c: Cents): void => {
    if (c > 0) m.set(code, c);
  };
  const basic = staff * r.int(420, 560);
  const allowance = staff * r.int(180, 320);
  const bonus = kind === 'inst' ? 0 : staff * r.int(30, 60);
  const merit = kind === 'inst' ? staff * r.int(260, 380) : 0;
  const wages = basic + allowance + bonus + merit;
  put('30101', basic);
  put('30102', allowance);
  put('30103', bonus);
  put('30107', merit);
  put('30108', ratio(wages, 16, 100));
  put('30109', ratio(wages, 8, 100));
  put('30110', ratio(wages, 7, 100));
  put('30112', ratio(wages, 1, 100));
  put('30113', ratio(wages, 12, 100));
  put('30302', retirees * r.int(320, 460));
  put('30201', staff * r.int(8, 16));
  put('30202', r.int(50, 300));
  put('30205', r.int(40, 160));
  put('30206', r.int(150, 600));
  put('30207', r.int(80, 300));
  put('30208', Math.round(staff * r.int(6, 12) * scale));
  put('30211', staff * r.int(5, 12));
  if (kind !== 'inst') put('30215', r.int(30, 120));
  put('30216', r.int(50, 250));
  if (reception) put('30217', r.int(20, 150));
  put('30228', ratio(wages, 2, 100));
  put('30231', vehicles * r.int(220, 380));
  if (kind !== 'inst') put('30239', staff * r.int(10, 18));
  put('30299', r.int(100, 500));
  return m;
}

/** Draw the numbers of one package. Deterministic in `opts`. */
export function makeBudget(opts: BudgetOptions): BudgetData {
  const r = new Prng(opts.seed * 7919 + opts.year);
  const scale = opts.scale ?? 1;
  const sector = sectorOf(opts.sector);
  const bodyName = `${opts.region}${sector.bodySuffix}`;
  const level = opts.region.endsWith('县') ? 'county' : 'city';
  const units: Unit[] = sector.units.map((t, i) => {
    const staff = Math.max(3, Math.round(r.int(t.staff[0], t.staff[1]) * scale));
    const retirees = r.int(Math.floor(staff / 6), Math.floor(staff / 3));
    const vehicles = t.kind === 'inst' ? r.int(0, 2) : r.int(1, 4);
    const name = i === 0 ? bodyName : `${opts.region}${t.suffix}`;
    return { name, kind: t.kind, runCode: t.runCode, staff, retirees, vehicles, econ: unitEcon(r, t.kind, staff, retirees, vehicles, scale, i === 0) };
  });
  const projects: Project[] = sector.projects.map((tpl) => {
    // Whole 万元 or whole thousands of 元 mostly, as real projects are budgeted; some with odd cents.
    const raw = Math.round(r.int(tpl.range[0], tpl.range[1]) * scale);
    const amount = r.chance(60) ? Math.max(100, Math.round(raw / 100) * 100) : Math.max(10, Math.round(raw / 10) * 10);
    const procurement = tpl.procurement ? ratio(amount, r.int(40, 90), 100) : 0;
    const unit = units[tpl.unit]?.name ?? bodyName;
    return { name: tpl.name, unit, code: tpl.code, amount, category: tpl.category, tpl, count: r.int(tpl.quantity.range[0], tpl.quantity.range[1]), procurement };
  });
  const data: BudgetData = {
    opts,
    sector,
    bodyName,
    level,
    units,
    projects,
    last: { total: 0, byCode: new Map(), abroad: 0, reception: 0, purchase: 0, ops: 0, adminOperating: 0 },
    vehicles: { total: 0, quota: 0, law: 0, special: 0, emergency: 0 },
    officeArea: '',
    equipment50: 0,
    equipment100: 0,
    assetDate: `${opts.year - 1}年12月31日`,
    names: new Map(),
  };
  for (const code of [...fnItems(data).keys()]) for (const c of [code.slice(0, 3), code.slice(0, 5), code]) data.names.set(c, codeName(c, opts.year));
  // Last year: the total moved by up to ±12%; each 项 by its own share of that, so the 类 changes add up.
  const lastByCode = new Map<string, Cents>();
  for (const [code, x] of fnItems(data)) {
    const now = x.basic + x.project;
    lastByCode.set(code, Math.max(1, now + ratio(now, r.int(-12, 12), 100) + r.int(-60, 60)));
  }
  data.last.byCode = lastByCode;
  data.last.total = sum([...lastByCode.values()]);
  const tp = threePublic(data);
  data.last.abroad = r.chance(30) ? r.int(100, 400) : 0;
  data.last.reception = tp.reception + r.int(-30, 40);
  data.last.purchase = r.chance(30) ? r.int(1500, 2500) : 0;
  data.last.ops = tp.ops + r.pick([-1, 1]) * r.int(20, 120);
  data.last.adminOperating = adminOperatingTotal(data) + r.pick([-1, 1]) * r.int(100, 900);
  const carCount = sum(units.map((u) => u.vehicles));
  data.vehicles = { total: carCount, quota: carCount + r.int(0, 2), law: Math.min(carCount, r.int(0, 2)), special: 0, emergency: 0 };
  const rest = carCount - data.vehicles.law;
  data.vehicles.emergency = r.int(0, rest);
  data.vehicles.special = rest - data.vehicles.emergency;
  data.officeArea = `${r.int(1800, 6500)}.${String(r.int(0, 99)).padStart(2, '0')}`;
  data.equipment100 = r.int(0, 2);
  data.equipment50 = data.equipment100 + r.int(0, 3);
  return data;
}

/** Basic and project amounts by 项 code of the function classification. */
export function fnItems(d: BudgetData): Map<string, { basic: Cents; project: Cents }> {
  const m = new Map<string, { basic: Cents; project: Cents }>();
  const add = (code: string, basic: Cents, project: Cents): void => {
    if (basic === 0 && project === 0) return;
    const x = m.get(code) ?? { basic: 0, project: 0 };
    m.set(code, { basic: x.basic + basic, project: x.project + project });
  };
  for (const u of d.units) {
    const e = (code: string): Cents => u.econ.get(code) ?? 0;
    const admin = u.kind !== 'inst';
    add(admin ? '2080501' : '2080502', e('30302'), 0);
    add('2080505', e('30108'), 0);
    add('2080506', e('30109'), 0);
    add(admin ? '2101101' : '2101102', e('30110'), 0);
    add('2210201', e('30113'), 0);
    const placed = ['30302', '30108', '30109', '30110', '30113'];
    add(u.runCode, sum([...u.econ].filter(([c]) => !placed.includes(c)).map(([, v]) => v)), 0);
  }
  for (const p of d.projects) add(p.code, 0, p.amount);
  return new Map([...m].sort(([a], [b]) => a.localeCompare(b)));
}

/** Economic items of the whole body (sum over units), by code, sorted. */
export function econItems(d: BudgetData): Map<string, Cents> {
  const m = new Map<string, Cents>();
  for (const u of d.units) for (const [c, v] of u.econ) m.set(c, (m.get(c) ?? 0) + v);
  return new Map([...m].sort(([a], [b]) => a.localeCompare(b)));
}

/** 三公 of the year: 出国 none, 接待 and 运行维护 from the economic items, no car bought. */
export function threePublic(d: BudgetData): { abroad: Cents; reception: Cents; purchase: Cents; ops: Cents } {
  const e = econItems(d);
  return { abroad: e.get('30212') ?? 0, reception: e.get('30217') ?? 0, purchase: 0, ops: e.get('30231') ?? 0 };
}

/** 机关运行经费 by unit: the 公用经费 of 行政 and 参公 units. */
export function adminOperating(d: BudgetData): { unit: string; amount: Cents }[] {
  return d.units.filter((u) => u.kind !== 'inst').map((u) => ({ unit: u.name, amount: sum([...u.econ].filter(([c]) => !PERSONNEL.has(c)).map(([, v]) => v)) }));
}

/** Total 机关运行经费. */
export const adminOperatingTotal = (d: BudgetData): Cents => sum(adminOperating(d).map((x) => x.amount));
