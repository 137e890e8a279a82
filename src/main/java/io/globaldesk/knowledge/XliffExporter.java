package io.globaldesk.knowledge;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** Writes articles as XLIFF 2.0 for translation into one target locale: one {@code <file>} per article, id = article id. */
public final class XliffExporter {

    public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    public String export(XliffArticle article, String targetLocale) {
        return export(List.of(article), targetLocale);
    }

    /** All articles must share a source locale, because XLIFF declares one source language per document. */
    public String export(List<XliffArticle> articles, String targetLocale) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("an XLIFF export needs at least one article");
        }
        String sourceLocale = articles.getFirst().sourceLocale();
        KnowledgeLanguage target = KnowledgeLanguage.of(targetLocale);
        for (XliffArticle article : articles) {
            if (!article.sourceLocale().equalsIgnoreCase(sourceLocale)) {
                throw new IllegalArgumentException("article " + article.id() + " has source locale " + article.sourceLocale()
                        + " but this export's source locale is " + sourceLocale + "; export them separately");
            }
        }
        if (KnowledgeLanguage.of(sourceLocale) == target) {
            throw new IllegalArgumentException("target locale " + targetLocale + " is the source language itself");
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", sourceLocale);
            xml.writeAttribute("trgLang", targetLocale);
            for (XliffArticle article : articles) {
                writeFile(xml, article);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XLIFF to memory cannot fail: " + e.getMessage(), e);
        }
        return out.append('\n').toString();
    }

    private static void writeFile(XMLStreamWriter xml, XliffArticle article) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("file");
        xml.writeAttribute("id", article.id());
        for (Map.Entry<String, String> unit : article.units().entrySet()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("unit");
            xml.writeAttribute("id", unit.getKey());
            xml.writeStartElement("segment");
            xml.writeAttribute("id", unit.getKey());
            xml.writeStartElement("source");
            // Markdown line breaks and indentation carry meaning; translation tools must keep them.
            xml.writeAttribute("xml", XML_NAMESPACE, "space", "preserve");
            xml.writeCharacters(unit.getValue());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }
}
