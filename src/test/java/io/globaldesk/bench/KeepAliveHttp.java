package io.globaldesk.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 client for load drivers: one keep-alive connection, a POST written straight to the socket and the
 * answer read back (Content-Length or chunked). It spends a fraction of the JDK client's CPU per request, which matters
 * when the driver shares the two cores with the server it measures.
 */
final class KeepAliveHttp implements AutoCloseable {

    record Answer(int status, String body) {
    }

    private final URI base;
    private final String host;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    KeepAliveHttp(URI base) throws IOException {
        this.base = base;
        host = base.getHost() + ":" + base.getPort();
        connect();
    }

    private void connect() throws IOException {
        socket = new Socket(base.getHost(), base.getPort());
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    Answer post(String path, String contentType, String token, byte[] body) throws IOException {
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 ")) throw new IOException("not an HTTP/1.1 answer: " + status);
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false, close = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            String name = h.substring(0, colon).trim(), value = h.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) length = Long.parseLong(value);
            if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) chunked = true;
            // the server ends a keep-alive connection after so many requests (Tomcat: 100) and says so
            if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) close = true;
        }
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                answer.write(in.readNBytes(size));
                line();
            }
            line();
        } else if (length > 0) {
            answer.write(in.readNBytes((int) length));
        }
        if (close) {
            socket.close();
            connect();
        }
        return new Answer(code, answer.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) throw new IOException("connection closed mid-answer");
            if (c != '\r') sb.append((char) c);
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
