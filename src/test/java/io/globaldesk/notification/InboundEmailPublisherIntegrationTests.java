package io.globaldesk.notification;

import java.util.List;

import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@GlobalDeskIntegrationTest
@RecordApplicationEvents
class InboundEmailPublisherIntegrationTests {

    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEvents events;

    final InboundEmail email = new InboundEmail("<in-1@streamly.demo>", null, List.of(), "Alex Miller",
            "alex.miller@streamly.demo", List.of("support@globaldesk.local"), "Video freezes", null, "It freezes.", false, List.of(), false);

    @Test
    void publishesInboundEmailReceivedInsideATransaction() {
        boolean[] inTransaction = new boolean[1];
        ApplicationEventPublisher watching = event -> {
            inTransaction[0] = TransactionSynchronizationManager.isActualTransactionActive();
            publisher.publishEvent(event);
        };
        new InboundEmailPublisher(watching, transactions).accept(email);
        assertThat(events.stream(InboundEmailReceived.class)).extracting(InboundEmailReceived::email).containsExactly(email);
        assertThat(inTransaction[0]).isTrue();
    }

    @Test
    void aFailingListenerMeansNotAccepted() {
        ApplicationEventPublisher failing = event -> {
            throw new IllegalStateException("ticket store unavailable");
        };
        assertThatThrownBy(() -> new InboundEmailPublisher(failing, transactions).accept(email))
                .hasMessageContaining("ticket store unavailable");
    }
}
