import type { Project, SectionRole } from "../../domain/index.ts";

export type ProjectStatus = Project["status"];

const COMPLETED = /建成|竣工|完工|完成|投运|投用|投产|通车|通航|开通|落成|验收|挂牌|揭牌|开业|交付|运营|获批|创成|成立|组建/u;
const STARTED = /启动|开工|动工|开建|奠基|落地|签约/u;
const PLANNED = /计划|将要|将|谋划|力争|拟|争取|筹建|筹备|储备|前期|规划|确保/u;
const PLAN_ROLES: ReadonlySet<SectionRole> = new Set(["plan", "targets"]);

/** How far along an undertaking is, from the verbs of the clause that names it. */
export function mentionStatus(clause: string, role: SectionRole): ProjectStatus {
  if (PLAN_ROLES.has(role)) return "planned";
  if (COMPLETED.test(clause)) return "completed";
  if (STARTED.test(clause)) return "started";
  if (PLANNED.test(clause)) return "planned";
  return "ongoing";
}

const RANK: Readonly<Record<ProjectStatus, number>> = { planned: 0, ongoing: 1, started: 2, completed: 3 };

/** The more advanced of two statuses: a report's record keeps the furthest it got. */
export function furthestStatus(a: ProjectStatus, b: ProjectStatus): ProjectStatus {
  return RANK[b] > RANK[a] ? b : a;
}
