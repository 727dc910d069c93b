package org.medvigil.core.version;

import java.util.List;

/**
 * One OSV {@code ranges[]} entry of type SEMVER or ECOSYSTEM: an ordered list of events
 * (introduced, fixed, last_affected, limit) evaluated per the OSV schema's algorithm in the
 * given scheme. GIT ranges are not evaluated (their {@code versions} list is used instead).
 */
public record OsvEventRange(String type, VersionScheme scheme, List<Event> events) implements VersionRange {

    public OsvEventRange {
        events = List.copyOf(events);
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
        return OsvRangeEvaluation.contains(this, version);
    }

    @Override
    public List<String> fixedVersions() {
        return events.stream().filter(e -> e.kind() == Kind.FIXED).map(Event::version).toList();
    }

    @Override
    public String describe() {
        return OsvRangeEvaluation.describe(this);
    }
}
