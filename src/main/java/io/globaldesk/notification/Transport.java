package io.globaldesk.notification;

import java.util.UUID;

/** Delivers one outbox message of its channel, or says why not. */
interface Transport {

    OutboxStatus.Channel channel();

    /** @param id the outbox id, stable across attempts (the webhook event id, the default Message-ID) */
    void deliver(UUID id, String payload) throws DeliveryFailure;
}
