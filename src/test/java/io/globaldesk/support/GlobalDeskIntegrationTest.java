package io.globaldesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, on a real embedded PostgreSQL in a fresh data directory, with the demo data
 * and a known admin token. Test classes with this annotation share one running application (Spring's context cache),
 * so they create their own uniquely named data and never assume an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "globaldesk.data-dir=target/tmp/it-${random.uuid}",
        "globaldesk.security.admin-token=" + Api.ADMIN_TOKEN,
        "globaldesk.demo=true",
        "globaldesk.telemetry.demo-feed=false",
        "globaldesk.assistant.widget.allowed-origins=" + Api.WIDGET_ORIGIN})
public @interface GlobalDeskIntegrationTest {
}
