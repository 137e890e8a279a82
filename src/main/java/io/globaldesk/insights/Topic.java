package io.globaldesk.insights;

import java.util.List;
import java.util.UUID;

/**
 * A theme found in a period's tickets and assistant questions.
 *
 * @param label            a readable phrase naming the theme (Carrot2 Lingo)
 * @param keywords         the words most typical of the theme's texts
 * @param ticketCount      tickets of the period in the theme
 * @param exampleTicketIds a few of those tickets
 * @param questionCount    assistant questions of the period in the theme
 */
public record Topic(String label, List<String> keywords, int ticketCount, List<UUID> exampleTicketIds, String language,
                    int questionCount) {
}
