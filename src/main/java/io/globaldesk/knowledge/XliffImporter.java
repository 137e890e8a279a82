package io.globaldesk.knowledge;

import io.globaldesk.knowledge.internal.MarkdownBlocks;
import io.globaldesk.knowledge.internal.SecureXml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a translated XLIFF 2.x document back. Nothing is accepted unless everything is valid: the document is
 * well-formed, has no DOCTYPE (which rules out XXE and entity expansion attacks), declares the XLIFF 2 namespace and
 * version, and every file and unit refers to a known article and unit and carries a target.
 */
public final class XliffImporter {

    /** Finds the current source of an article by the id its {@code <file>} carries. */
    @FunctionalInterface
    public interface ArticleLookup {
        Optional<XliffArticle> find(String articleId);
    }

    private final XMLInputFactory factory = SecureXml.inputFactory();

    public XliffImportResult read(String xml, ArticleLookup articles) {
        Parse parse = new Parse(articles);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
            try {
                parse.run(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            parse.errors.add(new XliffError(parse.fileId, parse.unitId, line, "malformed XML: " + firstLine(e.getMessage())));
        }
        if (parse.errors.isEmpty() && parse.translations.isEmpty()) {
            parse.errors.add(new XliffError(null, null, 0, "the document contains no <file>"));
        }
        return parse.errors.isEmpty()
                ? new XliffImportResult.Accepted(parse.translations)
                : new XliffImportResult.Rejected(parse.errors);
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable" : message;
        int start = text.indexOf("Message: ");
        return (start >= 0 ? text.substring(start + 9) : text).lines().findFirst().orElse(text);
    }

    /** The state of reading one document. */
    private static final class Parse {
        private final ArticleLookup articles;
        private final List<XliffError> errors = new ArrayList<>();
        private final List<ImportedTranslation> translations = new ArrayList<>();
        private final Set<String> filesSeen = new HashSet<>();
        private String sourceLocale;
        private String targetLocale;
        private String fileId;
        private Map<String, String> expectedUnits;
        private Map<String, String> targets;
        private String unitId;
        private int unitLine;
        private int segments;

        Parse(ArticleLookup articles) {
            this.articles = articles;
        }

        void run(XMLStreamReader reader) throws XMLStreamException {
            boolean rootSeen = false;
            while (reader.hasNext()) {
                int event = reader.next();
                int line = reader.getLocation().getLineNumber();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    errors.add(new XliffError(null, null, line, "DOCTYPE and entity declarations are not allowed in XLIFF"));
                    return;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!rootSeen && !root(reader, line)) {
                        return;
                    }
                    rootSeen = true;
                    start(reader, line);
                } else if (event == XMLStreamConstants.END_ELEMENT && XliffExporter.NAMESPACE.equals(reader.getNamespaceURI())) {
                    end(reader.getLocalName(), line);
                }
            }
        }

        private boolean root(XMLStreamReader reader, int line) {
            if (!"xliff".equals(reader.getLocalName()) || !XliffExporter.NAMESPACE.equals(reader.getNamespaceURI())) {
                errors.add(new XliffError(null, null, line, "the root element must be <xliff> in namespace "
                        + XliffExporter.NAMESPACE + ", found <" + reader.getLocalName() + "> in "
                        + (reader.getNamespaceURI() == null ? "no namespace" : reader.getNamespaceURI())));
                return false;
            }
            String version = reader.getAttributeValue(null, "version");
            if (version == null || !version.startsWith("2.")) {
                errors.add(new XliffError(null, null, line, "XLIFF version must be 2.x, found " + version));
            }
            sourceLocale = reader.getAttributeValue(null, "srcLang");
            targetLocale = reader.getAttributeValue(null, "trgLang");
            if (sourceLocale == null || targetLocale == null) {
                errors.add(new XliffError(null, null, line, "<xliff> needs both srcLang and trgLang"));
                return false;
            }
            try {
                if (KnowledgeLanguage.of(targetLocale) == KnowledgeLanguage.of(sourceLocale)) {
                    errors.add(new XliffError(null, null, line, "trgLang " + targetLocale + " is the source language"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new XliffError(null, null, line, e.getMessage()));
                return false;
            }
            return true;
        }

        private void start(XMLStreamReader reader, int line) throws XMLStreamException {
            if (!XliffExporter.NAMESPACE.equals(reader.getNamespaceURI())) {
                return;
            }
            switch (reader.getLocalName()) {
                case "file" -> startFile(reader.getAttributeValue(null, "id"), line);
                case "unit" -> startUnit(reader.getAttributeValue(null, "id"), line);
                case "segment" -> startSegment(reader.getAttributeValue(null, "id"), line);
                case "target" -> readTarget(reader, line);
                default -> { }
            }
        }

        private void startFile(String id, int line) {
            fileId = id;
            expectedUnits = null;
            targets = new LinkedHashMap<>();
            if (id == null || !filesSeen.add(id)) {
                errors.add(new XliffError(id, null, line, id == null ? "<file> has no id" : "file id appears twice"));
                return;
            }
            Optional<XliffArticle> article = articles.find(id);
            if (article.isEmpty()) {
                errors.add(new XliffError(id, null, line, "no article with id " + id));
            } else if (KnowledgeLanguage.of(article.get().sourceLocale()) != KnowledgeLanguage.of(sourceLocale)) {
                errors.add(new XliffError(id, null, line, "srcLang " + sourceLocale + " differs from the article's source locale "
                        + article.get().sourceLocale()));
            } else {
                expectedUnits = article.get().units();
            }
        }

        private void startUnit(String id, int line) {
            unitId = id;
            unitLine = line;
            segments = 0;
            if (expectedUnits != null && (id == null || !expectedUnits.containsKey(id))) {
                errors.add(new XliffError(fileId, id, line, "unknown unit id; the article has " + expectedUnits.keySet()));
            } else if (targets != null && targets.containsKey(id)) {
                errors.add(new XliffError(fileId, id, line, "unit id appears twice"));
            }
        }

        private void startSegment(String id, int line) {
            segments++;
            if (segments > 1) {
                errors.add(new XliffError(fileId, unitId, line, "a unit must hold exactly one segment, as exported"));
            } else if (id != null && !id.equals(unitId)) {
                errors.add(new XliffError(fileId, unitId, line, "unknown segment id " + id + "; expected " + unitId));
            }
        }

        private void readTarget(XMLStreamReader reader, int line) throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> depth++;
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            text.append(reader.getText());
                    case XMLStreamConstants.ENTITY_REFERENCE -> errors.add(new XliffError(fileId, unitId, line,
                            "entity references are not allowed"));
                    default -> { }
                }
            }
            if (targets != null && unitId != null) {
                targets.put(unitId, text.toString());
            }
        }

        private void end(String element, int line) {
            if ("unit".equals(element)) {
                String target = targets == null ? null : targets.get(unitId);
                if (target == null || target.isBlank()) {
                    errors.add(new XliffError(fileId, unitId, unitLine, "the unit has no target"));
                }
                unitId = null;
            } else if ("file".equals(element)) {
                endFile(line);
            }
        }

        private void endFile(int line) {
            if (expectedUnits == null) {
                return;
            }
            for (String expected : expectedUnits.keySet()) {
                if (!targets.containsKey(expected)) {
                    errors.add(new XliffError(fileId, expected, line, "the unit is missing from the file"));
                }
            }
            List<String> blocks = new ArrayList<>();
            expectedUnits.keySet().stream().skip(1).forEach(unit -> blocks.add(targets.getOrDefault(unit, "").stripTrailing()));
            translations.add(new ImportedTranslation(fileId, targetLocale,
                    targets.getOrDefault(XliffArticle.TITLE_UNIT, "").strip(), MarkdownBlocks.join(blocks)));
            fileId = null;
        }
    }
}
