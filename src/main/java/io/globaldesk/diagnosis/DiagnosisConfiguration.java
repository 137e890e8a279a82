package io.globaldesk.diagnosis;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DiagnosisProperties.class)
class DiagnosisConfiguration {

    @Bean
    SessionDiagnostician sessionDiagnostician(DiagnosisProperties properties) {
        return new SessionDiagnostician(properties.thresholds());
    }

    @Bean
    DiagnosisSummaries diagnosisSummaries() {
        return new DiagnosisSummaries();
    }
}
