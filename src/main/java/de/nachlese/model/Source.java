package de.nachlese.model;

import java.util.Objects;

/** An outlet an item cites, such as "heise"; {@code url} is null when the input had no link. */
public record Source(String outlet, String url) {

    public Source {
        Objects.requireNonNull(outlet, "outlet");
        outlet = outlet.strip();
        if (outlet.isEmpty()) {
            throw new IllegalArgumentException("outlet must not be blank");
        }
        if (url != null && url.isBlank()) {
            url = null;
        }
    }

    public static Source named(String outlet) {
        return new Source(outlet, null);
    }
}
