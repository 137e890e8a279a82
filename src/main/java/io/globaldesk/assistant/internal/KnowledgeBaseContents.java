package io.globaldesk.assistant.internal;

import io.globaldesk.assistant.ArticleContents;
import io.globaldesk.assistant.AssistantArticle;
import io.globaldesk.knowledge.Audience;
import io.globaldesk.knowledge.KnowledgeArticle;
import io.globaldesk.knowledge.KnowledgeBase;
import io.globaldesk.knowledge.TranslationSaved;
import io.globaldesk.knowledge.TranslationState;
import io.globaldesk.knowledge.Visibility;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The public articles of the knowledge base, held in memory as a snapshot so that answering never waits on the
 * database: read on first use, then refreshed in the background when older than a minute or when a translation is
 * saved. Only published locales (and the source) of public articles are included.
 */
@Component
public class KnowledgeBaseContents implements ArticleContents {

    private static final int PAGE = 1000;
    private static final Duration MAX_AGE = Duration.ofMinutes(1);
    /** While the knowledge base is still empty (demo data loading at start), look again soon. */
    private static final Duration EMPTY_MAX_AGE = Duration.ofSeconds(2);

    private final KnowledgeBase knowledgeBase;
    private final Clock clock;
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("assistant-articles").factory());
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Snapshot snapshot;
    private volatile boolean stale;

    record Snapshot(Map<String, AssistantArticle> byKey, List<AssistantArticle> all, Instant readAt, long version) {
    }

    KnowledgeBaseContents(KnowledgeBase knowledgeBase, Clock clock) {
        this.knowledgeBase = knowledgeBase;
        this.clock = clock;
    }

    @Override
    public Optional<AssistantArticle> find(String externalId, String locale) {
        return Optional.ofNullable(current().byKey().get(externalId + "/" + locale));
    }

    @Override
    public List<AssistantArticle> allPublic() {
        return current().all();
    }

    /** A number that changes whenever the snapshot is replaced. */
    public long version() {
        return current().version();
    }

    @EventListener
    void on(TranslationSaved saved) {
        stale = true;
    }

    Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = read(0);
                }
                return snapshot;
            }
        }
        Duration maxAge = s.all().isEmpty() ? EMPTY_MAX_AGE : MAX_AGE;
        if ((stale || Duration.between(s.readAt(), clock.instant()).compareTo(maxAge) > 0)
                && refreshing.compareAndSet(false, true)) {
            stale = false;
            refresher.execute(() -> {
                try {
                    Snapshot fresh = read(s.version());
                    if (!fresh.byKey().equals(s.byKey())) {
                        snapshot = fresh;
                    } else {
                        snapshot = new Snapshot(s.byKey(), s.all(), fresh.readAt(), s.version());
                    }
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return s;
    }

    /** Forces a synchronous re-read, e.g. after demo data was loaded. */
    public synchronized void reload() {
        snapshot = read(snapshot == null ? 0 : snapshot.version());
    }

    private Snapshot read(long previousVersion) {
        Map<String, AssistantArticle> byKey = new HashMap<>();
        List<AssistantArticle> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<KnowledgeArticle> page = knowledgeBase.list(Audience.ASSISTANT, offset, PAGE);
            for (KnowledgeArticle article : page) {
                if (article.visibility() != Visibility.PUBLIC || article.externalId() == null) {
                    continue;
                }
                for (KnowledgeArticle.Localized localized : article.locales()) {
                    boolean source = localized.locale().equals(article.sourceLocale());
                    if (!source && localized.state() != TranslationState.PUBLISHED) {
                        continue;
                    }
                    AssistantArticle a = new AssistantArticle(article.id(), article.externalId(), localized.locale(),
                            localized.title(), localized.body(), article.category(), article.tags(), article.platforms());
                    byKey.put(article.externalId() + "/" + localized.locale(), a);
                    all.add(a);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return new Snapshot(Map.copyOf(byKey), List.copyOf(all), clock.instant(), previousVersion + 1);
    }
}
