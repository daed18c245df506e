import {
  FUNCTION_HEADS,
  FUNCTION_STEMS,
  LEVEL_BODIES,
  LEVELS,
  MINISTRY_STEMS,
  STANDALONE_BODIES,
  STRONG_HEADS,
} from "./department-vocabulary.ts";

const byLengthDesc = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join("|");

const LEVEL = `(?:${byLengthDesc(LEVELS)})`;
const TERM = "(?:第[一二三四五六七八九十百0-9]+届)?";

/**
 * One alternation per way a body is named, longest forms first so `县政府办公室` wins over
 * `县政府`. A level may stand alone (`省厅`) or lead a functional body (`区商务局`).
 */
export const DEPARTMENT_CORE = new RegExp(
  [
    `(?<ministry>(?:国家)?(?:${byLengthDesc(MINISTRY_STEMS)})部)`,
    `(?<level>${LEVEL}${TERM}(?:${byLengthDesc(LEVEL_BODIES)}))`,
    `(?<functional>${LEVEL}?(?:${byLengthDesc(FUNCTION_STEMS)})(?:${byLengthDesc(FUNCTION_HEADS)}))`,
    `(?<standalone>${LEVEL}?(?:${byLengthDesc(STANDALONE_BODIES)}))`,
  ].join("|"),
  "gu",
);

/** Heads that name a body when a level leads them (`区行政服务中心`). */
export const STRONG_HEAD = new RegExp(`(?:${byLengthDesc(STRONG_HEADS)})`, "gu");

/** Strong heads that name a body even without a level (`项目工作领导小组`). */
export const SELF_STANDING_HEAD = /(?:领导小组|指挥部|法律顾问团|执法中队|执法大队)$/u;

export const LEVEL_START = new RegExp(`^${LEVEL}`, "u");

/**
 * A head followed by one of these characters is part of another word (`办理`, `部署`,
 * `局面`, `所有`), not a body.
 */
export const HEAD_CONTINUATION: Readonly<Record<string, RegExp>> = {
  办: /^(?:理|好|法|学|实|成|事(?!处)|结|案|件|公(?!室))/u,
  部: /^(?:署|门|分|长|位|件|队)/u,
  局: /^(?:面|势|长)/u,
  所: /^(?:有|得|属|需|在|以|谓|长)/u,
  站: /^(?:位|点|长)/u,
  委: /^(?:员(?!会)|托|派|屈)/u,
  中心: /^(?:城|任务|工作|环节|地位|区)/u,
  厅: /^(?:长)/u,
};

/** Characters that, right before a level, show it closes another word (`社区`, `城市`). */
export const COMPOUND_BEFORE_LEVEL = /[社小城都辖景园片矿山库校街湖湾老新省市县区]$/u;

/** Self references and generic mentions that are never a named body. */
export const SELF_REFERENCE_BEFORE = /(?:我|本|该|各|其|有关|相关|职能|主管)$/u;
