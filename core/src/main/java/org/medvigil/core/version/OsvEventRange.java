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
    }

    public enum Kind { INTRODUCED, FIXED, LAST_AFFECTED, LIMIT }

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
