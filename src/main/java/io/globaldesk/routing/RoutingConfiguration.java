package io.globaldesk.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    Router router() {
        return new Router(CategorySkills.defaults());
    }

    @Bean
    HandoverPlanner handoverPlanner(Router router) {
        return new HandoverPlanner(router);
    }
}
