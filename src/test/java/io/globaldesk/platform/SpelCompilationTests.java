package io.globaldesk.platform;

import java.util.UUID;

import io.globaldesk.ticket.ArticleAdded;
import io.globaldesk.ticket.AuthorType;
import io.globaldesk.ticket.TicketCreated;
import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.SpelCompilerMode;
import org.springframework.expression.spel.SpelParserConfiguration;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * spring.properties turns on SpEL's compiler, and the listener conditions checked for every ticket opened are
 * expressions it can compile; as compiled code they answer as interpreted.
 */
class SpelCompilationTests {

    @Test
    void springPropertiesTurnsOnTheCompilerForEveryParser() {
        assertThat(new SpelParserConfiguration().getCompilerMode()).isEqualTo(SpelCompilerMode.MIXED);
    }

    @Test
    void theListenerConditionsCompileAndAnswerAsInterpreted() {
        UUID ticket = UUID.randomUUID();
        assertCompiles("#event.namesSession()", new TicketCreated(ticket, UUID.randomUUID(), "call-1", null), true);
        assertCompiles("#event.namesSession()", new TicketCreated(ticket, UUID.randomUUID(), null, null), false);
        assertCompiles("#event.isPublicAgentReply()", new ArticleAdded(ticket, UUID.randomUUID(), AuthorType.AGENT, false), true);
        assertCompiles("#event.isPublicAgentReply()", new ArticleAdded(ticket, UUID.randomUUID(), AuthorType.CUSTOMER, false), false);
    }

    private static void assertCompiles(String condition, Object event, boolean expected) {
        SpelExpression expression = (SpelExpression) new SpelExpressionParser().parseExpression(condition);
        StandardEvaluationContext context = new StandardEvaluationContext();
        context.setVariable("event", event);
        assertThat(expression.getValue(context, Boolean.class)).as("interpreted").isEqualTo(expected);

        assertThat(expression.compileExpression()).as("compiles: %s", condition).isTrue();
        assertThat(expression.getValue(context, Boolean.class)).as("compiled").isEqualTo(expected);
    }
}
