package io.globaldesk.ticket;

import java.time.Clock;
import java.util.concurrent.ScheduledFuture;

import io.globaldesk.directory.DirectoryChanged;
import io.globaldesk.routing.HandoverPlanner;
import io.globaldesk.ticket.internal.CapacityReleased;
import io.globaldesk.ticket.internal.RoutingDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When the ticket jobs run: the queue is dispatched as soon as capacity frees up or the directory changes (an agent
 * back, a new agent); hand-overs and dispatch run at the next shift change of any center; a periodic sweep runs all
 * three jobs (hand-over, dispatch, SLA escalation) as a safety net.
 */
@Component
class TicketScheduler {

    private static final Logger log = LoggerFactory.getLogger(TicketScheduler.class);

    private final QueueDispatcher dispatcher;
    private final HandoverJob handovers;
    private final SlaEscalationJob escalations;
    private final RoutingDesk desk;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private ScheduledFuture<?> nextShiftChange;
    /** Set when the application shuts down: a job started then would wait on a database that is going away. */
    private volatile boolean closing;

    TicketScheduler(QueueDispatcher dispatcher, HandoverJob handovers, SlaEscalationJob escalations, RoutingDesk desk,
                    TaskScheduler scheduler, Clock clock) {
        this.dispatcher = dispatcher;
        this.handovers = handovers;
        this.escalations = escalations;
        this.desk = desk;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void capacityReleased(CapacityReleased released) {
        safely("dispatch", dispatcher::dispatch);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(100)
    void directoryChanged(DirectoryChanged change) {
        desk.refresh();
        safely("dispatch", dispatcher::dispatch);
        scheduleNextShiftChange();
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        scheduleNextShiftChange();
    }

    @EventListener(ContextClosedEvent.class)
    void closing() {
        closing = true;
    }

    @Scheduled(fixedDelayString = "${globaldesk.tickets.sweep-ms:60000}", initialDelayString = "${globaldesk.tickets.sweep-ms:60000}")
    void sweep() {
        safely("hand-over", () -> handovers.run(clock));
        safely("dispatch", dispatcher::dispatch);
        safely("SLA escalation", () -> escalations.run(clock));
    }

    private void shiftChanged() {
        safely("hand-over", () -> handovers.run(clock));
        safely("dispatch", dispatcher::dispatch);
        scheduleNextShiftChange();
    }

    private synchronized void scheduleNextShiftChange() {
        if (closing) return;
        if (nextShiftChange != null) nextShiftChange.cancel(false);
        nextShiftChange = HandoverPlanner.nextShiftChange(desk.current().centers(), clock.instant())
                .map(at -> scheduler.schedule(this::shiftChanged, at.plusSeconds(1)))
                .orElse(null);
    }

    private void safely(String job, Runnable run) {
        if (closing) return;
        try {
            run.run();
        } catch (RuntimeException e) {
            log.warn("ticket job {} failed; the next sweep retries", job, e);
        }
    }

}
