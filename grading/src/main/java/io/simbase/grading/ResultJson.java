package io.simbase.grading;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A grade result as JSON (Jackson's streaming generator): exercise, score, pass mark, capped,
 * passed, and per check its id, kind, points, awarded, passed, safety, the first failure
 * (scenario, sim time in seconds; null when passed) and the message in zh and en. Stateless.
 */
public final class ResultJson {
    private static final JsonFactory JSON = new JsonFactory();

    private ResultJson() {
    }

    public static String write(GradeResult r) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("exercise", r.exerciseId());
            g.writeNumberField("score", r.score());
            g.writeNumberField("pass_mark", r.passMark());
            g.writeBooleanField("capped", r.capped());
            g.writeBooleanField("passed", r.passed());
            g.writeArrayFieldStart("checks");
            for (CheckResult c : r.checks()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("kind", c.kind());
                g.writeNumberField("points", c.points());
                g.writeNumberField("awarded", c.awarded());
                g.writeBooleanField("passed", c.passed());
                g.writeBooleanField("safety", c.safety());
                if (c.passed()) {
                    g.writeNullField("first_failure");
                } else {
                    g.writeObjectFieldStart("first_failure");
                    g.writeStringField("scenario", c.failedScenario());
                    g.writeNumberField("sim_time_s", Math.round(c.firstFailureSeconds() * 1000) / 1000.0);
                    g.writeEndObject();
                }
                g.writeObjectFieldStart("message");
                g.writeStringField("zh", c.message().zh());
                g.writeStringField("en", c.message().en());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
