package io.globaldesk.notification;

import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts an inbound e-mail by publishing {@link InboundEmailReceived} in a transaction of its own: once that commits,
 * Spring Modulith's event publication registry holds the event for its transactional listeners, so the mailbox may
 * mark the message seen. A failing synchronous listener throws, and the message stays unseen.
 */
class InboundEmailPublisher implements Consumer<InboundEmail> {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    InboundEmailPublisher(ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public void accept(InboundEmail email) {
        transactions.executeWithoutResult(status -> events.publishEvent(new InboundEmailReceived(email)));
    }
}
