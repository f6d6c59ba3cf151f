package io.switchboard.dynamodb.wire;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP/1.1 server on loopback: keep-alive connections, Content-Length or chunked bodies,
 * {@code Expect: 100-continue}, and each answer written in one piece with TCP_NODELAY. (The JDK's
 * com.sun.net.httpserver writes headers and body separately without TCP_NODELAY unless a JVM-wide
 * property is set before its first use, which costs every request a 40 ms delayed ACK.)
 */
final class LoopbackHttpServer implements AutoCloseable {
    record Request(String method, String path, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    record Response(int status, String contentType, Map<String, String> headers, byte[] body) {
    }

    interface Handler {
        Response handle(Request request);
    }

    /** Thrown while reading a request whose body is larger than allowed. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final ServerSocket socket;
    private final ExecutorService connections;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Handler handler;
    private final int maxBodyBytes;
    private volatile boolean closed;

    private LoopbackHttpServer(ServerSocket socket, Handler handler, int maxBodyBytes) {
        this.socket = socket;
        this.handler = handler;
        this.maxBodyBytes = maxBodyBytes;
        this.connections = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "switchboard-dynamodb-connection");
            thread.setDaemon(true);
            return thread;
        });
    }

    static LoopbackHttpServer start(Handler handler, int maxBodyBytes) throws IOException {
        ServerSocket socket = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
        LoopbackHttpServer server = new LoopbackHttpServer(socket, handler, maxBodyBytes);
        Thread acceptor = new Thread(server::accept, "switchboard-dynamodb-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket connection = socket.accept();
                connection.setTcpNoDelay(true);
                open.add(connection);
                connections.execute(() -> serve(connection));
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream(), 16 * 1024);
            OutputStream out = connection.getOutputStream();
            while (!closed) {
                Request request;
                try {
                    request = read(in, out);
                } catch (TooLarge e) {
                    write(out, new Response(413, "text/plain", Map.of(), "Request too large".getBytes(StandardCharsets.UTF_8)), false);
                    return;
                }
                if (request == null) {
                    return;
                }
                Response response = handler.handle(request);
                boolean keepAlive = !"close".equalsIgnoreCase(request.header("Connection"));
                write(out, response, keepAlive);
                if (!keepAlive) {
                    return;
                }
            }
        } catch (SocketException e) {
            // the client went away, or the server is closing
        } catch (IOException e) {
            // a malformed or cut-off request ends its connection
        } finally {
            open.remove(connection);
        }
    }

    private Request read(InputStream in, OutputStream out) throws IOException {
        String requestLine = line(in);
        while (requestLine != null && requestLine.isEmpty()) {
            requestLine = line(in);
        }
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length < 2) {
            throw new IOException("bad request line");
        }
        Map<String, String> headers = new TreeMap<>();
        int headerBytes = 0;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            headerBytes += header.length();
            if (headerBytes > MAX_HEADER_BYTES) {
                throw new IOException("headers too large");
            }
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
        }
        if ("100-continue".equalsIgnoreCase(headers.get("expect"))) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else {
            long length = headers.containsKey("content-length") ? Long.parseLong(headers.get("content-length")) : 0;
            if (length > maxBodyBytes) {
                throw new TooLarge();
            }
            body = in.readNBytes((int) length);
            if (body.length < length) {
                throw new IOException("body cut off");
            }
        }
        return new Request(parts[0], parts[1], headers, body);
    }

    private byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            if (size == null) {
                throw new IOException("chunk cut off");
            }
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon >= 0 ? size.substring(0, semicolon) : size).trim(), 16);
            if (length == 0) {
                for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                    // trailers are ignored
                }
                return body.toByteArray();
            }
            if (body.size() + length > maxBodyBytes) {
                throw new TooLarge();
            }
            body.write(in.readNBytes(length));
            line(in);
        }
    }

    /** One CRLF-terminated line in ISO-8859-1, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() > MAX_HEADER_BYTES) {
                throw new IOException("line too long");
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    /**
     * Writes the status line, headers and body in a single {@code write}: an answer split over two
     * writes waits for the client's delayed ACK of the first (40 ms on Linux) whenever Nagle holds
     * the second, which made every sandbox request cost 40 ms on the JDK's HttpServer.
     */
    static void write(OutputStream out, Response response, boolean keepAlive) throws IOException {
        StringBuilder head = new StringBuilder();
        head.append("HTTP/1.1 ").append(response.status()).append(' ').append(reason(response.status())).append("\r\n");
        head.append("Content-Type: ").append(response.contentType()).append("\r\n");
        head.append("Content-Length: ").append(response.body().length).append("\r\n");
        response.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (!keepAlive) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] whole = new byte[headBytes.length + response.body().length];
        System.arraycopy(headBytes, 0, whole, 0, headBytes.length);
        System.arraycopy(response.body(), 0, whole, headBytes.length, response.body().length);
        out.write(whole);
        out.flush();
    }

    private static String reason(int status) {
        switch (status) {
            case 200:
                return "OK";
            case 400:
                return "Bad Request";
            case 413:
                return "Payload Too Large";
            default:
                return "Internal Server Error";
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
        for (Socket connection : open) {
            try {
                connection.close();
            } catch (IOException e) {
                // already closed
            }
        }
        connections.shutdownNow();
    }
}
