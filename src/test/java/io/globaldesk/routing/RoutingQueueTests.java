package io.globaldesk.routing;

import io.globaldesk.sla.Severity;
import io.globaldesk.directory.Tier;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.globaldesk.routing.Centers.agent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutingQueueTests {

    private static final Instant MORNING = Instant.parse("2026-11-25T10:00:00Z");

    private final Router router = new Router(CategorySkills.defaults());
    private final RoutingQueue queue = new RoutingQueue();

    private static QueuedTicket ticket(String id, Severity severity, String category, Instant due) {
        return new QueuedTicket(new RoutingRequest(id, severity, category, "en", Tier.STANDARD, "EMEA"), due, MORNING.minusSeconds(600));
    }

    @Test
    void ordersBySeverityThenSlaDueTime() {
        queue.enqueue(ticket("s3-early", Severity.S3, "audio", MORNING.plusSeconds(60)));
        queue.enqueue(ticket("s2-late", Severity.S2, "audio", MORNING.plusSeconds(7200)));
        queue.enqueue(ticket("s2-early", Severity.S2, "audio", MORNING.plusSeconds(600)));
        queue.enqueue(ticket("s1-no-due", Severity.S1, "audio", null));

        assertThat(queue.snapshot()).extracting(QueuedTicket::ticketId).containsExactly("s1-no-due", "s2-early", "s2-late", "s3-early");
    }

    @Test
    void assignsTheMostUrgentTheMomentSomeoneFreesUp() {
        RoutingSnapshot full = RoutingSnapshot.of(List.of(agent("emea-1", "EMEA", Set.of("en"), Set.of("audio"), 2, 2)), Centers.all());
        queue.enqueue(ticket("s3", Severity.S3, "audio", MORNING));
        queue.enqueue(ticket("s2", Severity.S2, "audio", MORNING.plusSeconds(3600)));

        assertThat(queue.dispatch(router, full, MORNING).assignments()).isEmpty();

        RoutingQueue.Dispatch dispatch = queue.dispatch(router, full.withRelease("emea-1"), MORNING);

        assertThat(dispatch.assignments()).extracting(a -> a.ticket().ticketId()).containsExactly("s2");
        assertThat(dispatch.snapshot().agent("emea-1").openLoad()).isEqualTo(2);
        assertThat(queue.snapshot()).extracting(QueuedTicket::ticketId).containsExactly("s3");
    }

    @Test
    void aTicketNobodyHasTheSkillForDoesNotBlockTheOnesBehindIt() {
        RoutingSnapshot snapshot = RoutingSnapshot.of(List.of(agent("emea-1", "EMEA", Set.of("en"), Set.of("audio"), 3, 0)), Centers.all());
        queue.enqueue(ticket("billing-s1", Severity.S1, "billing", MORNING));
        queue.enqueue(ticket("audio-s4", Severity.S4, "audio", MORNING));

        RoutingQueue.Dispatch dispatch = queue.dispatch(router, snapshot, MORNING);

        assertThat(dispatch.assignments()).extracting(a -> a.ticket().ticketId()).containsExactly("audio-s4");
        assertThat(queue.contains("billing-s1")).isTrue();
    }

    @Test
    void refusesToQueueATicketTwiceAndForgetsRemovedOnes() {
        queue.enqueue(ticket("t", Severity.S3, "audio", MORNING));

        assertThatThrownBy(() -> queue.enqueue(ticket("t", Severity.S3, "audio", MORNING))).hasMessageContaining("already queued");
        assertThat(queue.remove("t")).isTrue();
        assertThat(queue.remove("t")).isFalse();
        assertThat(queue.size()).isZero();
    }
}
