package io.globaldesk.knowledge.internal;

import io.globaldesk.knowledge.Termbase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The approved terms as an immutable {@link Termbase}, reloaded from the database after every change. */
@Component
public class TermbaseStore {

    private static final Logger log = LoggerFactory.getLogger(TermbaseStore.class);

    private final KnowledgeRepository repository;
    private volatile Termbase current;

    TermbaseStore(KnowledgeRepository repository) {
        this.repository = repository;
    }

    public Termbase current() {
        Termbase termbase = current;
        if (termbase == null) {
            termbase = reload();
        }
        return termbase;
    }

    public synchronized Termbase reload() {
        Termbase.Builder builder = Termbase.builder();
        for (KnowledgeRepository.TermRow row : repository.terms()) {
            try {
                builder.approve(row.source(), row.locale(), row.target());
            } catch (IllegalArgumentException e) {
                log.warn("termbase entry {} skipped: {}", row.id(), e.getMessage());
            }
        }
        current = builder.build();
        return current;
    }
}
