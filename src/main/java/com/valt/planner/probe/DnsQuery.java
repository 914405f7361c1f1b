package com.valt.planner.probe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The smallest DNS message that proves a server answers: one question, an A record, recursion desired (RFC 1035). */
public final class DnsQuery {
    private DnsQuery() {}

    /** A query with this id for the A record of {@code name}. */
    public static byte[] build(int id, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 + name.length());
        out.write(id >> 8 & 0xFF);
        out.write(id & 0xFF);
        out.write(0x01); // RD
        out.write(0x00);
        out.write(0);
        out.write(1); // QDCOUNT
        for (int i = 0; i < 6; i++) {
            out.write(0); // ANCOUNT, NSCOUNT, ARCOUNT
        }
        for (String label : name.split("\\.")) {
            byte[] b = label.getBytes(StandardCharsets.US_ASCII);
            if (b.length == 0 || b.length > 63) {
                continue;
            }
            out.write(b.length);
            out.write(b, 0, b.length);
        }
        out.write(0);
        out.write(0);
        out.write(1); // QTYPE A
        out.write(0);
        out.write(1); // QCLASS IN
        return out.toByteArray();
    }

    /** The id of a message, or -1 when it is too short to be one. */
    public static int id(byte[] message, int length) {
        return length < 12 ? -1 : (message[0] & 0xFF) << 8 | message[1] & 0xFF;
    }

    /** Whether the message is a response (QR set) to the query with this id. */
    public static boolean answers(int id, byte[] message, int length) {
        return id(message, length) == id && (message[2] & 0x80) != 0;
    }

    /** The response code's name: NOERROR, NXDOMAIN... */
    public static String rcode(byte[] message) {
        int code = message[3] & 0x0F;
        return switch (code) {
            case 0 -> "NOERROR";
            case 1 -> "FORMERR";
            case 2 -> "SERVFAIL";
            case 3 -> "NXDOMAIN";
            case 4 -> "NOTIMP";
            case 5 -> "REFUSED";
            default -> "RCODE " + code;
        };
    }
}
