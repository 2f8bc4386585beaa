import type { webApi } from '@slack/bolt';
import { renderChartPngAsync } from '../charts/render-png';
import type { ChartBlock, SlackRuntime } from './converse';
import type { SlackTurn } from './to-message';

/**
 * Slack image blocks need a public URL, which a self-hosted server behind a firewall may not have; uploading the
 * PNG (the shared ECharts renderer, rasterised off the event loop) works everywhere and keeps it in the thread.
 */
export function chartUploader(rt: Pick<SlackRuntime, 'log' | 'pacer'>) {
  return async (client: webApi.WebClient, turn: Pick<SlackTurn, 'channel' | 'replyTs'>, chart: ChartBlock): Promise<void> => {
    try {
      const png = await renderChartPngAsync(chart.spec, { width: 800, height: 450 });
      const file = { file: png, filename: 'chart.png', title: chart.title };
      await rt.pacer.run(turn.channel, () =>
        turn.replyTs ? client.files.uploadV2({ ...file, channel_id: turn.channel, thread_ts: turn.replyTs }) : client.files.uploadV2({ ...file, channel_id: turn.channel }),
      );
    } catch (err) {
      // The numbers are already in the message; a missing picture is logged, not apologised for.
      rt.log.warn({ err, title: chart.title }, 'could not upload a chart to Slack');
    }
  };
}
