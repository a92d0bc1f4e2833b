package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.GetStats;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.Stats;
import io.simbase.server.auth.Capability;
import io.simbase.server.metrics.ServerMetrics;

/** get_stats: server-wide figures (sessions, connections, step lateness, traffic). */
public final class GetStatsHandler implements RequestHandler<GetStats> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.GET_STATS;
    }

    @Override
    public GetStats body(ClientMessage m) {
        return m.getGetStats();
    }

    @Override
    public Capability needs() {
        return Capability.SERVER_STATS;
    }

    @Override
    public String action(GetStats body) {
        return "read server figures";
    }

    @Override
    public void handle(Request<GetStats> r) {
        ServerMetrics.Snapshot st = r.services().metrics().snapshot();
        r.reply(ServerMessage.newBuilder().setStats(Stats.newBuilder()
                .setSessions(st.sessions()).setConnections((int) st.connections())
                .setLatenessP50Ms(st.p50Ms()).setLatenessP99Ms(st.p99Ms()).setLatenessP999Ms(st.p999Ms())
                .setLatenessMaxMs(st.maxMs()).setSteps(st.steps()).setSkippedSteps(st.skippedSteps())
                .setFramesSent(st.frames()).setBytesSent(st.bytes())
                .setRecentLatenessP99Ms(r.services().metrics().recentLatenessP99Ms())));
    }
}
