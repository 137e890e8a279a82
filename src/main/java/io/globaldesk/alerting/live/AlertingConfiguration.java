package io.globaldesk.alerting.live;

import io.globaldesk.alerting.AnomalyDetector;
import io.globaldesk.alerting.DetectorSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertingProperties.class)
class AlertingConfiguration {

    /** The general-purpose detector behind {@code POST /api/v1/anomaly/detect}, the one the NAB benchmark scores. */
    @Bean
    AnomalyDetector anomalyDetector() {
        return new AnomalyDetector(DetectorSettings.defaults());
    }
}
