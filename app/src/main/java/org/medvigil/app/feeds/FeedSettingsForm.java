package org.medvigil.app.feeds;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The operator's settings for a source; a field left out (null) falls back to the properties
 * and then the built-in default. {@code apiKey} "" removes a stored key.
 */
public record FeedSettingsForm(Boolean enabled, @Size(max = 50) List<@Size(max = 2000) String> urls,
                               @Size(max = 100) String schedule, @Size(max = 200) String apiKey,
                               @Size(max = 30) Map<String, @Size(max = 2000) String> options) {
}
