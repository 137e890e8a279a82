package io.globaldesk.knowledge.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Markdown into the blocks a translator works on: paragraphs, headings, list items groups and code blocks,
 * separated by blank lines. A fenced code block stays whole even when it contains blank lines.
 */
public final class MarkdownBlocks {

    public static final String SEPARATOR = "\n\n";

    private MarkdownBlocks() {
    }

    public static List<String> split(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String fence = null;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            String trimmed = line.strip();
            if (fence == null && trimmed.isEmpty()) {
                flush(current, blocks);
                continue;
            }
            if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = trimmed.substring(0, 3);
            } else if (fence != null && trimmed.startsWith(fence)) {
                fence = null;
            }
            if (!current.isEmpty()) {
                current.append('\n');
            }
            current.append(line);
        }
        flush(current, blocks);
        return blocks;
    }

    public static String join(List<String> blocks) {
        return String.join(SEPARATOR, blocks);
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        if (!current.toString().isBlank()) {
            blocks.add(current.toString().stripTrailing());
        }
        current.setLength(0);
    }
}
