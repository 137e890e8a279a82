package io.globaldesk.notification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Turns a raw RFC 5322 message into an {@link InboundEmail}. Total: malformed input (missing headers, broken MIME,
 * unknown charsets, endless nesting, huge bodies) gives the best reading it allows, never an exception.
 */
final class EmailParser {

    private static final int MAX_DEPTH = 10;
    private static final int MAX_PARTS = 200;
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?=");
    private static final Pattern BARE_ADDRESS = Pattern.compile("[^\\s<>\"',;:]+@[^\\s<>\"',;:]+");
    /** MIME names that Java lacks or that mail clients use for a larger character set than they declare. */
    private static final Map<String, String> CHARSET_ALIASES = Map.ofEntries(
            Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
            Map.entry("cp936", "GB18030"), Map.entry("euc-cn", "GB18030"),
            Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("ks_c_5601", "x-windows-949"), Map.entry("cp949", "x-windows-949"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("shift-jis", "windows-31j"), Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"), Map.entry("cp932", "windows-31j"),
            Map.entry("big5", "Big5-HKSCS"), Map.entry("utf8", "UTF-8"),
            Map.entry("us-ascii", "UTF-8"), Map.entry("ascii", "UTF-8"), Map.entry("iso-8859-1", "windows-1252"));

    private static final Session SESSION = Session.getInstance(lenient());

    private final long maxAttachmentBytes;
    private final int maxTextLength;

    EmailParser(long maxAttachmentBytes, int maxTextLength) {
        this.maxAttachmentBytes = maxAttachmentBytes;
        this.maxTextLength = maxTextLength;
    }

    InboundEmail parse(byte[] raw) {
        MimeMessage message;
        try {
            message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            // not even headers: keep the bytes as text so nothing the sender wrote is lost
            return new InboundEmail(syntheticId(raw), null, List.of(), null, null, List.of(), "", null,
                    clip(decode(raw, null)), raw.length > maxTextLength, List.of(), false);
        }
        Body body = new Body();
        walk(message, 0, body);
        String text = body.plain != null ? body.plain : body.html != null ? HtmlText.toText(body.html) : "";
        text = QuotedReplyStripper.strip(text.replace("\r\n", "\n"));
        boolean truncated = body.truncated || text.length() > maxTextLength;
        List<InternetAddress> from = addresses(header(message, "From"));
        List<String> to = new ArrayList<>();
        for (String h : List.of("To", "Cc")) addresses(header(message, h)).forEach(a -> to.add(a.getAddress()));
        List<String> references = ids(header(message, "References"));
        List<String> inReplyTo = ids(header(message, "In-Reply-To"));
        List<String> ownId = ids(header(message, "Message-ID"));
        return new InboundEmail(ownId.isEmpty() ? syntheticId(raw) : ownId.getFirst(),
                inReplyTo.isEmpty() ? null : inReplyTo.getFirst(), references,
                from.isEmpty() ? null : blankToNull(from.getFirst().getPersonal()),
                from.isEmpty() ? null : from.getFirst().getAddress().toLowerCase(Locale.ROOT), to.stream().distinct().toList(),
                subject(message), sentAt(message), clip(text), truncated, body.attachments, autoSubmitted(message));
    }

    private static boolean autoSubmitted(MimeMessage message) {
        String auto = header(message, "Auto-Submitted");
        String precedence = header(message, "Precedence");
        String from = header(message, "From");
        return (auto != null && !auto.strip().equalsIgnoreCase("no"))
                || (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply"))
                || header(message, "X-Autoreply") != null || header(message, "X-Autorespond") != null
                || (from != null && from.toLowerCase(Locale.ROOT).matches("(?s).*\\b(mailer-daemon|postmaster)@.*"));
    }

    /** What the walk over the MIME tree found. */
    private static final class Body {
        String plain;
        String html;
        boolean truncated;
        int parts;
        final List<InboundEmail.Attachment> attachments = new ArrayList<>();
    }

    private void walk(Part part, int depth, Body body) {
        if (++body.parts > MAX_PARTS || depth > MAX_DEPTH) return;
        String type = baseType(part);
        String fileName = fileName(part);
        boolean attachment = fileName != null || Part.ATTACHMENT.equalsIgnoreCase(disposition(part));
        if (type.startsWith("multipart/")) {
            Multipart multipart = multipart(part);
            if (multipart == null) {
                readText(part, body, "text/plain");
                return;
            }
            try {
                for (int i = 0; i < multipart.getCount(); i++) walk(multipart.getBodyPart(i), depth + 1, body);
            } catch (MessagingException e) {
                if (body.plain == null && body.html == null) readText(part, body, "text/plain");
            }
        } else if (!attachment && (type.equals("text/plain") || type.equals("text/html"))) {
            readText(part, body, type);
        } else {
            body.attachments.add(attachment(part, type, fileName, body.attachments.size() + 1));
        }
    }

    private void readText(Part part, Body body, String type) {
        if (type.equals("text/plain") ? body.plain != null : body.html != null) return;
        long limit = (long) maxTextLength * 4 + 4;
        byte[] bytes;
        try (InputStream in = content(part)) {
            bytes = in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
            if (bytes.length == limit && in.read() >= 0) body.truncated = true;
        } catch (IOException | MessagingException e) {
            return;
        }
        String text = decode(bytes, charsetParameter(part));
        if (type.equals("text/plain")) body.plain = text;
        else body.html = text;
    }

    private InboundEmail.Attachment attachment(Part part, String type, String fileName, int n) {
        String name = fileName != null ? fileName : "attachment-" + n + (type.equals("message/rfc822") ? ".eml" : "");
        long size = 0;
        try (InputStream in = content(part)) {
            size = in.transferTo(OutputStreamCounter.INSTANCE);
        } catch (IOException | MessagingException e) {
            return new InboundEmail.Attachment(name, type, size, "unreadable: " + e.getMessage());
        }
        String rejection = size > maxAttachmentBytes
                ? "larger than the limit of " + maxAttachmentBytes / (1024 * 1024) + " MB (" + size + " bytes)" : null;
        return new InboundEmail.Attachment(name, type, size, rejection);
    }

    /** Decoded content; the raw bytes when the transfer encoding is unknown. */
    private static InputStream content(Part part) throws IOException, MessagingException {
        try {
            return part.getInputStream();
        } catch (IOException | MessagingException e) {
            if (part instanceof jakarta.mail.internet.MimeBodyPart b) return b.getRawInputStream();
            if (part instanceof MimeMessage m) return m.getRawInputStream();
            throw e;
        }
    }

    private static Multipart multipart(Part part) {
        try {
            return part.getContent() instanceof Multipart m ? m : null;
        } catch (IOException | MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** Text in its declared charset; undeclared or unknown: UTF-8 when it is valid UTF-8, else windows-1252. */
    static String decode(byte[] bytes, String declared) {
        Charset charset = charset(declared);
        if (charset != null) {
            return new String(bytes, charset);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (n.equals("us-ascii") || n.equals("ascii")) return null;
        try {
            return Charset.forName(CHARSET_ALIASES.getOrDefault(n, n));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String charsetParameter(Part part) {
        try {
            return new ContentType(part.getContentType()).getParameter("charset");
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String baseType(Part part) {
        try {
            String type = part.getContentType();
            return type == null ? "text/plain" : new ContentType(type).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "text/plain";
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null || name.isBlank() ? null : decodeWords(name).replaceAll("[\\\\/\\p{Cntrl}]", "_");
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String subject(MimeMessage message) {
        String raw = header(message, "Subject");
        return raw == null ? "" : decodeWords(MimeUtility.unfold(raw)).strip();
    }

    /** RFC 2047 encoded words, each in its own charset, tolerating unknown charsets and missing spaces between words. */
    static String decodeWords(String value) {
        Matcher m = ENCODED_WORD.matcher(value);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String between = value.substring(last, m.start());
            if (!(last > 0 && between.isBlank())) out.append(between);
            out.append(decodeWord(m.group(1), m.group(2), m.group(3), m.group()));
            last = m.end();
        }
        out.append(value.substring(last));
        return out.toString();
    }

    private static String decodeWord(String charsetName, String encoding, String text, String whole) {
        String charset = charsetName.contains("*") ? charsetName.substring(0, charsetName.indexOf('*')) : charsetName;
        try {
            byte[] bytes;
            if (encoding.equalsIgnoreCase("B")) {
                bytes = java.util.Base64.getMimeDecoder().decode(text);
            } else {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '_') out.write(' ');
                    else if (c == '=' && i + 2 < text.length()) {
                        out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                        i += 2;
                    } else out.write(c);
                }
                bytes = out.toByteArray();
            }
            Charset cs = charset(charset);
            return decode(bytes, cs == null ? null : cs.name());
        } catch (RuntimeException e) {
            return whole;
        }
    }

    private static List<InternetAddress> addresses(String header) {
        if (header == null || header.isBlank()) return List.of();
        String decoded = header;
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(header, false);
            List<InternetAddress> result = new ArrayList<>();
            for (InternetAddress a : parsed) {
                if (a.getAddress() == null || !a.getAddress().contains("@")) continue;
                String personal = a.getPersonal();
                result.add(new InternetAddress(a.getAddress().replaceAll("[<>\\s]", ""), personal == null ? null : decodeWords(personal).strip(), "UTF-8"));
            }
            if (!result.isEmpty()) return result;
        } catch (MessagingException | IOException | RuntimeException e) {
            decoded = decodeWords(header);
        }
        List<InternetAddress> result = new ArrayList<>();
        Matcher m = BARE_ADDRESS.matcher(decoded);
        while (m.find()) {
            InternetAddress a = new InternetAddress();
            a.setAddress(m.group());
            result.add(a);
        }
        return result;
    }

    private static List<String> ids(String header) {
        if (header == null) return List.of();
        List<String> ids = new ArrayList<>();
        Matcher m = MESSAGE_ID.matcher(header);
        while (m.find()) ids.add(m.group());
        String bare = header.strip();
        if (ids.isEmpty() && !bare.isEmpty() && !bare.contains(" ") && bare.contains("@")) ids.add("<" + bare + ">");
        return ids;
    }

    private static Instant sentAt(MimeMessage message) {
        try {
            return message.getSentDate() == null ? null : message.getSentDate().toInstant();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String syntheticId(byte[] raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
            return "<" + HexFormat.of().formatHex(digest, 0, 16) + "@globaldesk.invalid>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private String clip(String text) {
        return text.length() <= maxTextLength ? text : text.substring(0, maxTextLength);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Properties lenient() {
        Properties p = new Properties();
        p.setProperty("mail.mime.allowutf8", "true");
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.decodetext.strict", "false");
        p.setProperty("mail.mime.parameters.strict", "false");
        p.setProperty("mail.mime.base64.ignoreerrors", "true");
        p.setProperty("mail.mime.multipart.allowempty", "true");
        p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        p.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        return p;
    }

    /** Counts what is written to it and keeps nothing. */
    private static final class OutputStreamCounter extends java.io.OutputStream {
        static final OutputStreamCounter INSTANCE = new OutputStreamCounter();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
