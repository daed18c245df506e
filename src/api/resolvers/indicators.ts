import { z } from "zod";
import { IndicatorSeriesArgs, parseArgs } from "../inputs.ts";
import { indicatorRef } from "../refs.ts";
import { IndicatorRefRow, ReportRefRow } from "../rows.ts";
import type { ResolverDeps } from "./deps.ts";
import { indicatorPoint, PointRow } from "./points.ts";

// A national series over seventy years has a few hundred points; this bounds a
// pathological one without paging a chart's data.
const MAX_POINTS = 2_000;

const SeriesRow = z.object({
  indicators: z.array(IndicatorRefRow),
  points: z.array(PointRow.extend({ report: ReportRefRow })),
});

export function indicatorResolvers({ read }: ResolverDeps) {
  return {
    Query: {
      indicatorSeries: async (_parent: unknown, args: unknown) => {
        const { name, issuer } = parseArgs(IndicatorSeriesArgs, args);
        const names = [...new Set([name, name.toUpperCase(), name.toLowerCase()])];
        const params = { names, keySuffixes: names.map((variant) => `|${variant}`), issuer, limit: MAX_POINTS };
        const [row] = await read("indicator-series", params, SeriesRow);
        const points = row?.points ?? [];
        // With an issuer, only the indicators that issuer reported belong to its series.
        const indicators =
          issuer === null
            ? (row?.indicators ?? [])
            : [...new Map(points.map((point) => [point.indicator.key, point.indicator])).values()];
        return {
          name,
          indicators: indicators.map(indicatorRef),
          points: points.map((point) => indicatorPoint(point, point.report)),
        };
      },
    },
  };
}
