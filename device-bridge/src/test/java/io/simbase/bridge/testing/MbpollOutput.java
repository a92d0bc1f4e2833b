package io.simbase.bridge.testing;


import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the values mbpoll prints ({@code [ref]: value}). */
public final class MbpollOutput {
    private static final Pattern VALUE = Pattern.compile("^\\[(\\d+)\\]:\\s+(-?\\d+)", Pattern.MULTILINE);

    private MbpollOutput() {
    }

    public static List<Integer> values(Peers.Result r) {
        List<Integer> v = new ArrayList<>();
        Matcher m = VALUE.matcher(r.output());
        while (m.find()) {
            v.add(Integer.parseInt(m.group(2)));
        }
        return v;
    }
}
