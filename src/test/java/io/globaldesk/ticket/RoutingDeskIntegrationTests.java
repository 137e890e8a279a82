package io.globaldesk.ticket;

import java.util.List;
import java.util.UUID;

import io.globaldesk.directory.Agent;
import io.globaldesk.directory.Agents;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import io.globaldesk.ticket.internal.RoutingDesk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@GlobalDeskIntegrationTest
class RoutingDeskIntegrationTests {

    @Autowired RoutingDesk desk;
    @Autowired Agents agents;

    @Test
    void aNewAgentIsPartOfTheRoutingPictureAsSoonAsItIsSaved() {
        int before = desk.current().agentCount();
        Agent agent = agents.create(new Agents.Draft("Fresh Agent", UUID.randomUUID() + "@v.example", "EMEA",
                List.of("en"), List.of("audio"), 3));
        assertThat(desk.current().agent(agent.id().toString())).isNotNull();
        assertThat(desk.current().agentCount()).isEqualTo(before + 1);
        agents.setActive(agent.id(), false);
        assertThat(desk.current().agent(agent.id().toString())).isNull();
    }
}
