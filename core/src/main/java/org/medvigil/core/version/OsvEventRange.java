package org.medvigil.core.version;

import java.util.List;
import java.util.Objects;

/**
 * One OSV {@code ranges[]} entry of type SEMVER or ECOSYSTEM: an ordered list of events
 * (introduced, fixed, last_affected, limit) evaluated per the OSV schema's algorithm in the
 * given scheme. GIT ranges are not evaluated (their {@code versions} list is used instead).
 * Immutable; a final class rather than a record only so that it can keep the range ready for
 * evaluation ({@link CompiledOsvRange}) once it is first used.
 */
public final class OsvEventRange implements VersionRange {
    private final String type;
    private final VersionScheme scheme;
    private final List<Event> events;
    /** Compiled on first use; a race compiles twice, harmlessly. */
    private volatile CompiledOsvRange<?> compiled;

    public OsvEventRange(String type, VersionScheme scheme, List<Event> events) {
        this.type = type;
        this.scheme = scheme;
        this.events = List.copyOf(events);
    }

    /** SEMVER, ECOSYSTEM or GIT, as the record states it. */
    public String type() {
        return type;
    }

    /** The ecosystem's scheme, or {@code null} when none is registered. */
    public VersionScheme scheme() {
        return scheme;
    }

    public List<Event> events() {
        return events;
    }

    /** One event; {@code kind} is one of the OSV keys. */
    public record Event(Kind kind, String version) {

        /**
         * The event for an OSV key and value, e.g. {@code Event.of("fixed", "1.4.1")}.
         *
         * @throws InvalidVersionException for a key OSV does not define or a missing version
         */
        public static Event of(String key, String version) {
            if (version == null || version.isEmpty()) {
                throw new InvalidVersionException("OSV event \"" + key + "\" has no version");
            }
            return new Event(Kind.ofKey(key), version);
        }
    }

    /** The OSV event kinds, with their JSON keys. */
    public enum Kind {
        INTRODUCED("introduced"), FIXED("fixed"), LAST_AFFECTED("last_affected"), LIMIT("limit");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The OSV JSON key: {@code introduced}, {@code fixed}, {@code last_affected} or {@code limit}. */
        public String key() {
            return key;
        }

        /** The kind for an OSV JSON key. @throws InvalidVersionException for any other key */
        public static Kind ofKey(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return k;
                }
            }
            throw new InvalidVersionException("unknown OSV range event \"" + key
                    + "\" (expected introduced, fixed, last_affected or limit)");
        }
    }

    @Override
    public Containment contains(String version) {
        return compiled().contains(TestedVersion.of(version));
    }

    @Override
    public Containment contains(TestedVersion version) {
        return compiled().contains(version);
    }

    private CompiledOsvRange<?> compiled() {
        CompiledOsvRange<?> c = compiled;
        if (c == null) {
            c = CompiledOsvRange.compile(this);
            compiled = c;
        }
        return c;
    }

    @Override
    public List<String> fixedVersions() {
        return events.stream().filter(e -> e.kind() == Kind.FIXED).map(Event::version).toList();
    }

    @Override
    public String describe() {
        return OsvRangeEvaluation.describe(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OsvEventRange r && Objects.equals(type, r.type) && Objects.equals(scheme, r.scheme)
                && events.equals(r.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, scheme, events);
    }

    @Override
    public String toString() {
        return "OsvEventRange[type=" + type + ", scheme=" + scheme + ", events=" + events + "]";
    }
}
