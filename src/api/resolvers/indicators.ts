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
        const [row] = await read("indicator-series", { name, issuer, limit: MAX_POINTS }, SeriesRow);
        return {
          name,
          indicators: (row?.indicators ?? []).map(indicatorRef),
          points: (row?.points ?? []).map((point) => indicatorPoint(point, point.report)),
        };
      },
    },
  };
}
