package io.globaldesk.platform;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo data into a new instance, once: a marker row keeps a restart from loading it again. */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String MARKER = "demo.loaded";

    private final GlobalDeskProperties properties;
    private final List<DemoDataSet> sets;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DemoDataLoader(GlobalDeskProperties properties, List<DemoDataSet> sets, JdbcClient jdbc, TransactionTemplate transactions) {
        this.properties = properties;
        this.sets = sets;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) return;
        if (jdbc.sql("select count(*) from app_setting where key = ?").param(MARKER).query(Long.class).single() > 0) return;
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            sets.stream().sorted(Comparator.comparingInt(DemoDataSet::order)).forEach(DemoDataSet::load);
            jdbc.sql("insert into app_setting (key, value) values (?, 'true')").param(MARKER).update();
        });
        log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
