package io.globaldesk.notification;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outbox throughput on a real embedded PostgreSQL: enqueue rate, then webhook delivery to a local receiver by 1 and by
 * 4 concurrent dispatchers (SKIP LOCKED claims, so they share the work without delivering anything twice). Lives in the
 * module's package because the dispatcher is internal. Run:
 * {@code ./globaldesk bench main io.globaldesk.notification.OutboxBenchmark [messages]}.
 */
public final class OutboxBenchmark {

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start()) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            config.setMaximumPoolSize(10);
            try (HikariDataSource db = new HikariDataSource(config)) {
                Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
                JdbcClient jdbc = JdbcClient.create(db);
                AtomicInteger received = new AtomicInteger();
                HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
                receiver.setExecutor(Executors.newFixedThreadPool(8));
                receiver.createContext("/hook", exchange -> {
                    exchange.getRequestBody().readAllBytes();
                    received.incrementAndGet();
                    exchange.sendResponseHeaders(204, -1);
                    exchange.close();
                });
                receiver.start();
                String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
                try {
                    for (int dispatchers : new int[]{1, 4}) {
                        jdbc.sql("truncate notification_outbox").update();
                        received.set(0);
                        run(jdbc, url, messages, dispatchers, received);
                    }
                } finally {
                    receiver.stop(0);
                    ((ExecutorService) receiver.getExecutor()).shutdownNow();
                }
            }
        }
    }

    private static void run(JdbcClient jdbc, String url, int messages, int dispatchers, AtomicInteger received) throws Exception {
        Clock clock = Clock.systemUTC();
        NotificationProperties properties = new NotificationProperties(Duration.ofSeconds(5), 50, 8, Duration.ofSeconds(30),
                Duration.ofHours(2), Duration.ofMinutes(5), new NotificationProperties.RateLimit(3, Duration.ofHours(1)),
                new NotificationProperties.Webhook(Duration.ofSeconds(5), Duration.ofSeconds(10)), Duration.ofDays(30));
        Outbox outbox = new Outbox(jdbc);
        Notifications notifications = new Notifications(outbox, properties, clock);
        String body = "{\"incident\":\"inc-1\",\"scope\":{\"region\":\"JP\",\"isp\":\"NTT\"},\"affectedUsers\":1234}";

        long start = System.nanoTime();
        for (int i = 0; i < messages; i++) {
            notifications.webhook(WebhookMessage.to(url, "bench-secret", "incident.opened", body).dedupedBy("bench-" + i));
        }
        double enqueueSeconds = (System.nanoTime() - start) / 1e9;

        ExecutorService pool = Executors.newFixedThreadPool(dispatchers);
        start = System.nanoTime();
        List<Future<Integer>> runs = new ArrayList<>();
        for (int d = 0; d < dispatchers; d++) {
            OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, List.of(new WebhookTransport(Duration.ofSeconds(5),
                    Duration.ofSeconds(10), clock)), new RetryPolicy(8, Duration.ofSeconds(30), Duration.ofHours(2), new Random()),
                    clock, properties.batchSize(), properties.lease());
            runs.add(pool.submit(() -> {
                int total = 0;
                for (int n; (n = dispatcher.dispatchDue()) > 0; ) total += n;
                return total;
            }));
        }
        int attempted = 0;
        for (Future<Integer> f : runs) attempted += f.get();
        double dispatchSeconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long sent = jdbc.sql("select count(*) from notification_outbox where state = 'SENT'").query(Long.class).single();
        long retrying = jdbc.sql("select count(*) from notification_outbox where state = 'PENDING' and attempts > 0").query(Long.class).single();
        jdbc.sql("select last_error, count(*) as n from notification_outbox where last_error is not null group by 1")
                .query((rs, n) -> rs.getString(1) + " ×" + rs.getLong(2)).list().forEach(e -> System.out.println("deliver error: " + e));
        System.out.printf("enqueue: %,d webhooks in %.2f s = %,.0f/s (one transaction each)%n", messages, enqueueSeconds, messages / enqueueSeconds);
        System.out.printf("deliver with %d dispatcher(s): %,d attempts, %,d sent, %,d received, %,d failed and waiting to retry, in %.2f s = %,.0f/s%n",
                dispatchers, attempted, sent, received.get(), retrying, dispatchSeconds, sent / dispatchSeconds);
    }
}
