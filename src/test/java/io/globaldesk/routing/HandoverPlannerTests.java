package io.globaldesk.routing;

import io.globaldesk.routing.ArticleView.Author;
import io.globaldesk.sla.Severity;
import io.globaldesk.directory.Tier;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.globaldesk.routing.Centers.agent;
import static org.assertj.core.api.Assertions.assertThat;

class HandoverPlannerTests {

    /** 18:00 in Singapore on a Wednesday: APAC's day ends, EMEA works. */
    private static final Instant APAC_DAY_END = Instant.parse("2026-11-25T10:00:00Z");

    private final HandoverPlanner planner = new HandoverPlanner(new Router(CategorySkills.defaults()));

    private final RoutingSnapshot snapshot = RoutingSnapshot.of(List.of(
            agent("apac-1", "APAC", Set.of("en", "zh"), Set.of("video"), 8, 3),
            agent("emea-1", "EMEA", Set.of("en", "de"), Set.of("video"), 8, 1)), Centers.all());

    private static OwnedTicket owned(String id, Severity severity, boolean pending, List<ArticleView> articles) {
        return new OwnedTicket(new RoutingRequest(id, severity, "video", "en", Tier.ENTERPRISE, "APAC"), "apac-1", pending,
                APAC_DAY_END.plusSeconds(3600), articles);
    }

    private static ArticleView article(Author author, boolean internal, String body, int minute) {
        return new ArticleView(author, internal, body, Instant.parse("2026-11-25T08:00:00Z").plusSeconds(60L * minute));
    }

    @Test
    void openTicketsOfAnEndingCenterGoToTheCenterOnShiftAndBothAgentsAreTold() {
        OwnedTicket ticket = owned("T-1", Severity.S2, false, List.of(
                article(Author.CUSTOMER, false, "Video freezes for all Android users since 07:00.", 0),
                article(Author.AGENT, false, "Could you send the session id? We are checking the edge nodes.", 5),
                article(Author.AGENT, true, "Restarted the transcoding worker on edge-sin-2. No change.", 20),
                article(Author.CUSTOMER, false, "Session chan-42:1764050000 is one of them.", 30)));

        HandoverPlan plan = planner.plan(List.of(ticket), snapshot, APAC_DAY_END);

        Handover handover = plan.handovers().getFirst();
        assertThat(handover.decision().assignee().id()).isEqualTo("emea-1");
        assertThat(handover.notifications()).extracting(HandoverNotification::recipientAgentId, HandoverNotification::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("apac-1", HandoverNotification.Role.OUTGOING),
                        org.assertj.core.groups.Tuple.tuple("emea-1", HandoverNotification.Role.INCOMING));
        HandoverNote note = handover.note();
        assertThat(note.lastCustomerMessage()).isEqualTo("Session chan-42:1764050000 is one of them.");
        assertThat(note.tried()).containsExactly("Could you send the session id?", "Restarted the transcoding worker on edge-sin-2.");
        assertThat(note.nextStep()).isEqualTo(HandoverNote.NextStep.ANSWER_CUSTOMER);
        assertThat(note.renderedEnglish()).contains("Hand-over of ticket T-1 (S2) from apac-1 (APAC) to Agent emea-1 (EMEA)",
                "Last customer message: Session chan-42", "Next step: answer the customer's last message.");
        assertThat(handover.event()).isEqualTo(new TicketHandedOver("T-1", "apac-1", "emea-1", APAC_DAY_END));
        assertThat(plan.snapshot().agent("emea-1").openLoad()).isEqualTo(2);
        assertThat(plan.snapshot().agent("apac-1").openLoad()).isEqualTo(2);
    }

    @Test
    void ticketsPendingTheCustomerStayWithTheirOwner() {
        HandoverPlan plan = planner.plan(List.of(owned("T-p", Severity.S1, true, List.of())), snapshot, APAC_DAY_END);

        assertThat(plan.handovers()).isEmpty();
    }

    @Test
    void nothingMovesWhileTheOwnerIsStillOnShift() {
        assertThat(planner.plan(List.of(owned("T-x", Severity.S2, false, List.of())), snapshot, APAC_DAY_END.minusSeconds(60))
                .handovers()).isEmpty();
    }

    @Test
    void aWrittenPlanBecomesTheNextStep() {
        OwnedTicket ticket = owned("T-2", Severity.S3, false, List.of(
                article(Author.CUSTOMER, false, "Recording files are empty.", 0),
                article(Author.AGENT, true, "Next: ask R&D whether the bucket policy changed yesterday", 10)));

        HandoverNote note = planner.plan(List.of(ticket), snapshot, APAC_DAY_END).handovers().getFirst().note();

        assertThat(note.nextStep()).isEqualTo(HandoverNote.NextStep.FOLLOW_PLAN);
        assertThat(note.nextStepDetail()).isEqualTo("ask R&D whether the bucket policy changed yesterday");
        assertThat(note.tried()).isEmpty();
        assertThat(note.renderedEnglish()).contains("Nothing tried yet.", "Next step: ask R&D");
    }

    @Test
    void withNobodyOnShiftTheTicketGoesBackToTheQueueAndAnS1PagesOnCall() {
        Instant fridayEveningInCalifornia = Instant.parse("2026-11-28T02:00:00Z");
        RoutingSnapshot amer = RoutingSnapshot.of(List.of(agent("amer-1", "AMER", Set.of("en"), Set.of("video"), 8, 2)), Centers.all());
        OwnedTicket outage = new OwnedTicket(new RoutingRequest("T-3", Severity.S1, "video", "en", Tier.ENTERPRISE, "AMER"),
                "amer-1", false, fridayEveningInCalifornia, List.of());

        HandoverPlan plan = planner.plan(List.of(outage), amer, fridayEveningInCalifornia);

        assertThat(plan.requeued()).extracting(QueuedTicket::ticketId).containsExactly("T-3");
        assertThat(plan.pages()).extracting(OnCallPage::agentId).containsExactly("amer-oncall");
        assertThat(plan.notifications()).extracting(HandoverNotification::recipientAgentId).containsExactly("amer-1");
        assertThat(plan.handovers().getFirst().note().renderedEnglish()).contains("back to the queue of AMER");
    }

    @Test
    void theMostUrgentTicketsGetTheLastFreeSeats() {
        RoutingSnapshot tight = snapshot.withAgent("emea-1", a -> agent("emea-1", "EMEA", a.languages(), a.skills(), 2, 1));

        HandoverPlan plan = planner.plan(List.of(owned("T-s3", Severity.S3, false, List.of()),
                owned("T-s1", Severity.S1, false, List.of())), tight, APAC_DAY_END);

        assertThat(plan.handovers()).extracting(h -> h.ticket().ticketId(), Handover::requeued)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T-s1", false), org.assertj.core.groups.Tuple.tuple("T-s3", true));
    }

    @Test
    void theNextShiftChangeIsTheEarliestOpeningOrClosingOfAnyCenter() {
        assertThat(HandoverPlanner.nextShiftChange(Centers.all(), Instant.parse("2026-11-25T03:00:00Z")))
                .contains(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(HandoverPlanner.nextShiftChange(Centers.all(), APAC_DAY_END.minusSeconds(1800))).contains(APAC_DAY_END);
        assertThat(HandoverPlanner.nextShiftChange(List.of(new CenterState("24x7", io.globaldesk.directory.BusinessCalendar.twentyFourSeven(),
                "GLOBAL", null)), APAC_DAY_END)).isEmpty();
    }
}
