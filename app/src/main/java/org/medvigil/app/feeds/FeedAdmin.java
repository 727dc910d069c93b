package org.medvigil.app.feeds;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.app.web.NotFoundException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The operator's side of the feeds: settings (audited), runs, job status. */
@Service
class FeedAdmin {
    private final FeedRunner runner;
    private final FeedSourceRepository sources;
    private final FeedRuns runs;
    private final AuditLog audit;

    FeedAdmin(FeedRunner runner, FeedSourceRepository sources, FeedRuns runs, AuditLog audit) {
        this.runner = runner;
        this.sources = sources;
        this.runs = runs;
        this.audit = audit;
    }

    @Transactional
    FeedSourceView update(String name, FeedSettingsForm form) {
        runner.source(name);
        FeedSourceView before = runner.view(name);
        if (form.urls() != null) {
            for (String u : form.urls()) {
                URI uri;
                try {
                    uri = URI.create(u);
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException("urls: '" + u + "' is not a URL");
                }
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new BadRequestException("urls: '" + u + "' is not an http(s) URL");
                }
            }
        }
        if (form.schedule() != null) {
            try {
                FeedSchedule.parse(form.schedule());
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("schedule: " + e.getMessage());
            }
        }
        FeedSourceRepository.Overrides old = sources.overrides(name);
        String apiKey = form.apiKey() == null ? old.apiKey() : form.apiKey().isBlank() ? null : form.apiKey();
        sources.saveOverrides(name, new FeedSourceRepository.Overrides(form.enabled(), form.urls(), form.schedule(), apiKey,
                form.options()));
        // A changed schedule applies from now on.
        sources.scheduleNext(name, null);
        FeedSourceView after = runner.view(name);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("source", before);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("source", after);
        audit.record("update", "feed_source", name, b, a);
        return after;
    }

    @Transactional(readOnly = true)
    PageOf<FeedRunView> runs(String source, Paging paging) {
        return PageOf.of(runs.page(source, paging), paging, runs.count(source));
    }

    @Transactional(readOnly = true)
    FeedRunView run(long id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("feed run", id));
    }
}
