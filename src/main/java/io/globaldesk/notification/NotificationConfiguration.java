package io.globaldesk.notification;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the outbox, its dispatcher (every {@code globaldesk.notification.dispatch-interval}) and the mailbox poller. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NotificationProperties.class, MailSettings.class})
class NotificationConfiguration implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    private final ObjectProvider<OutboxDispatcher> dispatcher;
    private final ObjectProvider<Outbox> outbox;
    private final ObjectProvider<Clock> clock;
    private final ObjectProvider<MailboxPoller> poller;
    private final NotificationProperties properties;
    private final MailSettings mail;

    NotificationConfiguration(ObjectProvider<OutboxDispatcher> dispatcher, ObjectProvider<Outbox> outbox,
                              ObjectProvider<Clock> clock, ObjectProvider<MailboxPoller> poller,
                              NotificationProperties properties, MailSettings mail) {
        this.dispatcher = dispatcher;
        this.outbox = outbox;
        this.clock = clock;
        this.poller = poller;
        this.properties = properties;
        this.mail = mail;
    }

    @Bean
    Outbox outbox(JdbcClient jdbc) {
        return new Outbox(jdbc);
    }

    @Bean
    Notifications notifications(Outbox outbox, Clock clock) {
        return new Notifications(outbox, properties, clock);
    }

    @Bean
    OutboxDispatcher outboxDispatcher(Outbox outbox, ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        List<Transport> transports = new ArrayList<>();
        transports.add(new WebhookTransport(properties.webhook().connectTimeout(), properties.webhook().timeout(), clock));
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender != null) transports.add(new EmailTransport(sender, mail, clock));
        else log.info("SMTP is not configured (spring.mail.host): outgoing e-mail waits in the outbox");
        RetryPolicy retry = new RetryPolicy(properties.maxAttempts(), properties.initialBackoff(), properties.maxBackoff(),
                new SecureRandom());
        return new OutboxDispatcher(outbox, transports, retry, clock, properties.batchSize(), properties.lease());
    }

    @Bean
    MailboxPoller mailboxPoller(ApplicationEventPublisher events, TransactionTemplate transactions) {
        return new MailboxPoller(mail.inbound(), new EmailParser(mail.inbound().maxAttachmentSize().toBytes(),
                mail.inbound().maxTextLength()), new InboundEmailPublisher(events, transactions));
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(() -> dispatcher.getObject().dispatchDue(), properties.dispatchInterval());
        registrar.addFixedDelayTask(() -> outbox.getObject().purgeSentBefore(clock.getObject().instant().minus(properties.retention())),
                java.time.Duration.ofHours(1));
        if (mail.inbound().enabled()) {
            log.info("polling {}", mail.inbound());
            registrar.addFixedDelayTask(() -> poller.getObject().poll(), mail.inbound().pollInterval());
        }
    }
}
