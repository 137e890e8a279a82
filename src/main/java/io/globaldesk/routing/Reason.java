package io.globaldesk.routing;

import java.util.List;
import java.util.Objects;

/** One explained step of a routing decision: a stable code and the arguments its localized message needs. */
public record Reason(ReasonCode code, List<String> args) {

    public Reason {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static Reason of(ReasonCode code, Object... args) {
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) texts[i] = String.valueOf(args[i]);
        return new Reason(code, List.of(texts));
    }
}
