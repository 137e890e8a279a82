package io.globaldesk.ticket.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

import io.globaldesk.routing.TicketAssigned;
import io.globaldesk.ticket.ArticleAdded;
import io.globaldesk.ticket.OnCallPaged;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.TicketCreated;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores new tickets with their first article, history, mails and events.
 * <p>
 * Called inside a transaction (a mail-in listener, the assistant's hand-off), it stores the ticket in that transaction
 * at once. Otherwise the ticket joins the others being opened at the same moment: a writer thread takes what has
 * queued up and stores it together in one transaction, with a handful of statements and one commit, and each caller
 * gets its ticket back once that commit is done. Under load a dozen statements and a commit per ticket become a
 * handful per batch; a ticket opened alone is a batch of one and waits for nobody. A batch that fails is retried
 * ticket by ticket, so a bad ticket fails only its own request. One writer is the default: while it stores a batch
 * the next one gathers, and bigger batches cost the database less per ticket than two writers splitting them.
 */
@Component
public class TicketWriter {

    private static final Logger log = LoggerFactory.getLogger(TicketWriter.class);
    /** Big enough to absorb every request in flight on a busy server; bounded to keep one statement's parameters sane. */
    static final int MAX_BATCH = 64;

    private record Pending(Opening opening, CompletableFuture<Ticket> stored) {
    }

    private final TicketRepository tickets;
    private final NewTicketMail mail;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final int writers;
    /** Groups of openings that must share a batch; a caller opening one ticket queues a group of one. */
    private final BlockingDeque<List<Pending>> queue = new LinkedBlockingDeque<>();
    private final List<Thread> threads = new ArrayList<>();
    private final DistributionSummary batchSizes;
    private volatile boolean stopping;

    TicketWriter(TicketRepository tickets, NewTicketMail mail, ApplicationEventPublisher events,
                 TransactionTemplate transactions, MeterRegistry meters, @Value("${globaldesk.tickets.writers:1}") int writers) {
        this.tickets = tickets;
        this.mail = mail;
        this.events = events;
        this.transactions = transactions;
        this.writers = Math.max(1, writers);
        this.batchSizes = DistributionSummary.builder("globaldesk.tickets.batch.size")
                .description("New tickets stored together in one transaction").register(meters);
    }

    /** Stores {@code opening} and answers the ticket as stored; throws what storing it threw. */
    public Ticket store(Opening opening) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) return write(List.of(opening)).getFirst();
        CompletableFuture<Ticket> stored = storeTogether(List.of(opening)).getFirst();
        try {
            return stored.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the ticket was being stored", e);
        }
    }

    /**
     * Queues openings (at most {@link #MAX_BATCH}) to be stored in one batch, with whatever else is queued; each future
     * answers its ticket, or what storing it threw.
     */
    List<CompletableFuture<Ticket>> storeTogether(List<Opening> openings) {
        if (openings.size() > MAX_BATCH) throw new IllegalArgumentException("at most " + MAX_BATCH + " tickets at once");
        if (stopping) throw new IllegalStateException("GlobalDesk is shutting down; the ticket was not opened");
        startWriters();
        List<Pending> group = openings.stream().map(o -> new Pending(o, new CompletableFuture<>())).toList();
        queue.add(group);
        return group.stream().map(Pending::stored).toList();
    }

    private synchronized void startWriters() {
        if (!threads.isEmpty()) return;
        for (int i = 0; i < writers; i++) {
            threads.add(Thread.ofPlatform().name("ticket-writer-" + i).daemon().start(this::run));
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (!stopping || !queue.isEmpty()) {
            try {
                List<Pending> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.addAll(first);
                for (List<Pending> next = queue.poll(); next != null; next = queue.poll()) {
                    if (batch.size() + next.size() > MAX_BATCH) {
                        queue.offerFirst(next);  // the next batch starts with it
                        break;
                    }
                    batch.addAll(next);
                }
                batchSizes.record(batch.size());
                writeBatch(batch);
            } catch (InterruptedException e) {
                if (!stopping) log.warn("A ticket writer was interrupted; it carries on");
            } catch (RuntimeException | Error e) {  // never leave a caller waiting, whatever failed
                batch.forEach(p -> p.stored().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void writeBatch(List<Pending> batch) {
        try {
            List<Ticket> stored = transactions.execute(s -> write(batch.stream().map(Pending::opening).toList()));
            for (int i = 0; i < batch.size(); i++) batch.get(i).stored().complete(stored.get(i));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.getFirst().stored().completeExceptionally(e);
                return;
            }
            log.debug("A batch of {} new tickets failed ({}); storing them one by one", batch.size(), e.toString());
            for (Pending p : batch) {
                try {
                    p.stored().complete(transactions.execute(s -> write(List.of(p.opening()))).getFirst());
                } catch (RuntimeException one) {
                    p.stored().completeExceptionally(one);
                }
            }
        }
    }

    /** Stores the openings in the current transaction, queues their mails and publishes their events. */
    private List<Ticket> write(List<Opening> openings) {
        List<Ticket> stored = tickets.insertOpened(openings);
        mail.queue(stored);
        for (int i = 0; i < openings.size(); i++) {
            Opening o = openings.get(i);
            Ticket t = stored.get(i);
            TicketAssigned assignment = o.assignee() == null ? null
                    : new TicketAssigned(t.id().toString(), o.assignee().id().toString(), o.supportCenter(), t.createdAt());
            if (o.paged() != null) events.publishEvent(new OnCallPaged(t.id(), o.paged().agentId(), o.paged().centerCode()));
            events.publishEvent(new TicketCreated(t.id(), t.organizationId(), t.sessionId(), assignment));
            events.publishEvent(new ArticleAdded(t.id(), o.article().id(), o.article().authorType(), false));
        }
        return stored;
    }

    /** Lets the writers store what is queued, then ends them; runs before the database goes away. */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        for (Thread t : threads) t.join(TimeUnit.SECONDS.toMillis(30));
    }
}
