package io.globaldesk.ticket.internal;

import java.util.List;

import io.globaldesk.language.LanguageDetector;
import io.globaldesk.language.TextNormalizer;
import io.globaldesk.ticket.LabelledTicket;
import io.globaldesk.ticket.TicketClassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The classifier a running instance uses: keyword rules from the start, then a model retrained from the vendor's own
 * solved and imported tickets once the application is up (and again after each import).
 */
@Configuration(proxyBeanMethods = false)
public class ClassifierTraining {

    private static final Logger log = LoggerFactory.getLogger(ClassifierTraining.class);
    static final int MAX_EXAMPLES = 50_000;

    @Bean
    TicketClassifier ticketClassifier(LanguageDetector detector, TextNormalizer normalizer) {
        return TicketClassifier.withRtcDefaults(detector, normalizer);
    }

    /** Retrains from the database; safe to call any time (the classifier swaps its model atomically). */
    public static void retrain(TicketClassifier classifier, TicketRepository tickets) {
        List<LabelledTicket> examples = tickets.labelledExamples(MAX_EXAMPLES).stream()
                .filter(r -> classifier.taxonomy().contains(r[2]))
                .map(r -> new LabelledTicket(r[0], r[1], r[2])).toList();
        if (!examples.isEmpty()) classifier.retrain(examples);
        log.info("Ticket classifier trained on {} labelled tickets", examples.size());
    }

    @Bean
    StartupTraining startupTraining(TicketClassifier classifier, TicketRepository tickets) {
        return new StartupTraining(classifier, tickets);
    }

    static class StartupTraining {
        private final TicketClassifier classifier;
        private final TicketRepository tickets;

        StartupTraining(TicketClassifier classifier, TicketRepository tickets) {
            this.classifier = classifier;
            this.tickets = tickets;
        }

        /** In the background, so readiness does not wait for the language models to load. */
        @EventListener(ApplicationReadyEvent.class)
        public void train() {
            Thread.ofVirtual().name("classifier-training").start(() -> {
                retrain(classifier, tickets);
                classifier.classify("warm-up", "The video freezes during calls.");
            });
        }
    }
}
