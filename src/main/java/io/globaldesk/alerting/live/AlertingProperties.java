package io.globaldesk.alerting.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Live alerting ({@code globaldesk.alerting.*}).
 *
 * @param minVolume     users (or API calls) a scope needs in a minute before it may alert
 * @param anomalyFor    how long an anomaly is pending before it fires
 * @param keepFiringFor how long a firing alert outlives its condition
 * @param replay        how much stored history the engine replays at start to rebuild its baselines (it keeps them in memory)
 * @param outreach      whether affected organizations are told (e-mail, webhook, proactive ticket)
 */
@ConfigurationProperties("globaldesk.alerting")
public record AlertingProperties(@DefaultValue("30") long minVolume,
                                 @DefaultValue("1m") Duration anomalyFor,
                                 @DefaultValue("5m") Duration keepFiringFor,
                                 @DefaultValue("6h") Duration replay,
                                 @DefaultValue("true") boolean outreach) {
}
