package io.globaldesk.alerting.live;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthScoresTests {

    @Test
    void anOrganizationWithNothingWrongScoresAHundred() {
        assertThat(HealthScores.score(4.3, 1.0, 0.2, 0, 0, 4.8, 4.7, 0)).isEqualTo(100.0);
        assertThat(HealthScores.score(null, null, null, null, null, null, null, 0)).isEqualTo(100.0);
    }

    @Test
    void poorQualityErrorsBreachesFallingSatisfactionAndIncidentsEachCostPoints() {
        double healthy = HealthScores.score(4.2, 2.0, 0.5, 1, 0, 4.5, 4.5, 0);
        assertThat(HealthScores.score(3.2, 2.0, 0.5, 1, 0, 4.5, 4.5, 0)).isLessThan(healthy);
        assertThat(HealthScores.score(4.2, 12.0, 0.5, 1, 0, 4.5, 4.5, 0)).isLessThan(healthy);
        assertThat(HealthScores.score(4.2, 2.0, 6.0, 1, 0, 4.5, 4.5, 0)).isLessThan(healthy);
        assertThat(HealthScores.score(4.2, 2.0, 0.5, 1, 3, 4.5, 4.5, 0)).isEqualTo(healthy - 15);
        assertThat(HealthScores.score(4.2, 2.0, 0.5, 1, 0, 3.5, 4.5, 0)).isLessThan(healthy);
        assertThat(HealthScores.score(4.2, 2.0, 0.5, 1, 0, 4.5, 4.5, 2)).isEqualTo(healthy - 6);
    }

    @Test
    void theScoreStaysWithinZeroAndAHundred() {
        assertThat(HealthScores.score(1.0, 80.0, 90.0, 500, 500, 1.0, 5.0, 50)).isEqualTo(0.0);
    }
}
